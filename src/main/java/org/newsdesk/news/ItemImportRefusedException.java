package org.newsdesk.news;

/** An import stopped (and rolled back) because one of its items conflicts with the items here. */
public class ItemImportRefusedException extends RuntimeException {

    private final int position;
    private final String slug;
    private final ItemEditRefusedException reason;

    public ItemImportRefusedException(int position, String slug, ItemEditRefusedException reason) {
        super("Item " + position + " (" + slug + ") cannot be imported: " + reason.code(), reason, false, false);
        this.position = position;
        this.slug = slug;
        this.reason = reason;
    }

    /** Its position in the file, from 1. */
    public int position() {
        return position;
    }

    public String slug() {
        return slug;
    }

    public ItemEditRefusedException reason() {
        return reason;
    }
}
