package org.newsdesk.transfer;

import java.util.regex.Pattern;

/**
 * The zip export's layout: {@code items.json} (an {@link ItemArchive}, the JSON export with each
 * item's lead picture), {@code pictures.json} (a {@link PictureArchive}) and {@code pictures/{hash}.jpg},
 * each picture's master. Nothing else is in an export, and an import takes nothing else.
 */
final class SiteArchive {

    static final String ITEMS = "items.json";
    static final String PICTURES = "pictures.json";
    static final String FOLDER = "pictures/";
    private static final Pattern PICTURE_FILE = Pattern.compile(Pattern.quote(FOLDER) + "[0-9a-f]{20}\\.jpg");

    private SiteArchive() {
    }

    static String pictureFile(String hash) {
        return FOLDER + hash + ".jpg";
    }

    static boolean isPictureFile(String name) {
        return PICTURE_FILE.matcher(name).matches();
    }

    /** Whether these are the first bytes of a zip archive: "PK", then a file header, an empty archive's end, or a spanned one's mark. */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6 || head[2] == 7 && head[3] == 8);
    }
}
