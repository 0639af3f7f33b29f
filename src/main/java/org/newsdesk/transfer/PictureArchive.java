package org.newsdesk.transfer;

import java.util.List;

import org.newsdesk.media.Pictures;

/**
 * {@code pictures.json} of the zip export: every picture of the library, numbered as the items'
 * lead pictures and {@code media:N} references in {@code items.json} number them (their ids on the
 * site that wrote it), each with its master's hash (its file is {@code pictures/{hash}.jpg}), the
 * master's size, what was uploaded, and what editors said about it. A contract with files already
 * written, like {@link ItemArchive}: change it only by adding fields, or with a new version.
 */
record PictureArchive(String format, Integer version, List<Entry> pictures) {

    static final String FORMAT = "newsdesk-pictures";
    static final int VERSION = 1;

    /** One picture; wrappers, so that a value missing from a file is told from a zero. */
    record Entry(Long id, String hash, Integer width, Integer height, String sourceType, Integer sourceWidth,
                 Integer sourceHeight, String altText, String caption, String credit, Integer focalX, Integer focalY) {

        static Entry of(Pictures.Exported picture) {
            return new Entry(picture.id(), picture.hash(), picture.width(), picture.height(), picture.sourceType(),
                    picture.sourceWidth(), picture.sourceHeight(), picture.altText(), picture.caption(), picture.credit(),
                    picture.focalX(), picture.focalY());
        }

        /** Its master's file in the zip. */
        String file() {
            return SiteArchive.pictureFile(hash);
        }
    }
}
