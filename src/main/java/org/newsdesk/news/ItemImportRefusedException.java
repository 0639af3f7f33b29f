package org.newsdesk.news;

import org.newsdesk.site.RefusedException;

/** An import stopped (and rolled back) because one of its items conflicts with the items here. */
public class ItemImportRefusedException extends RuntimeException {

    private final int position;
    private final String slug;
    private final RefusedException reason;

    public ItemImportRefusedException(int position, String slug, RefusedException reason) {
        super("Item " + position + " (" + slug + ") cannot be imported: " + reason.reason(), reason, false, false);
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

    public RefusedException reason() {
        return reason;
    }
}
