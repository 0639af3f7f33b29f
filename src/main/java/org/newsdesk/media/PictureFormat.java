package org.newsdesk.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.newsdesk.site.RefusedException;

/**
 * The picture types accepted, recognised by their first bytes only: never by the file's name or
 * the type the browser declared. SVG (it can carry scripts), GIF, HEIC and AVIF are recognised
 * to say precisely why they are refused; anything else is of the wrong type.
 */
enum PictureFormat {
    JPEG("jpeg"), PNG("png"), WEBP("webp");

    /** How many first bytes {@link #sniff} needs. */
    static final int HEAD = 512;

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis");

    private final String imageIoName;

    PictureFormat(String imageIoName) {
        this.imageIoName = imageIoName;
    }

    String imageIoName() {
        return imageIoName;
    }

    /** The type of a file from its first bytes, or the refusal that says why it is not accepted. */
    static PictureFormat sniff(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (length >= 8 && (head[0] & 0xff) == 0x89 && ascii(head, 1, 3).equals("PNG")
                && head[4] == 0x0d && head[5] == 0x0a && head[6] == 0x1a && head[7] == 0x0a) {
            return PNG;
        }
        if (length >= 16 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (length >= 12 && ascii(head, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(head, 8, 4))) {
            throw new RefusedException(PictureRefusal.NOT_READABLE_TYPE, null);
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (text.stripLeading().startsWith("\u00ef\u00bb\u00bf")) {
            text = text.stripLeading().substring(3);
        }
        if (text.stripLeading().startsWith("<") && text.contains("<svg")) {
            throw new RefusedException(PictureRefusal.SVG, null);
        }
        throw new RefusedException(PictureRefusal.WRONG_TYPE, null);
    }

    /** Whether a WebP file says it is animated (the animation flag of its VP8X header). */
    static boolean animatedWebp(byte[] head, int length) {
        return length >= 21 && ascii(head, 12, 4).equals("VP8X") && (head[20] & 0x02) != 0;
    }

    private static String ascii(byte[] bytes, int from, int count) {
        return new String(bytes, from, count, StandardCharsets.ISO_8859_1);
    }
}
