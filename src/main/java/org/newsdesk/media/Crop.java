package org.newsdesk.media;

/**
 * The crops made of every picture around its focal point: one for sharing (Open Graph, Twitter)
 * and the three aspect ratios Google asks for in structured data, each 1200 px wide when the
 * picture is large enough (never enlarged).
 */
public enum Crop {
    SHARE("og", 1200, 630), WIDE("16x9", 16, 9), STANDARD("4x3", 4, 3), SQUARE("1x1", 1, 1);

    static final int WIDTH = 1200;

    private final String code;
    private final int ratioWidth;
    private final int ratioHeight;

    Crop(String code, int ratioWidth, int ratioHeight) {
        this.code = code;
        this.ratioWidth = ratioWidth;
        this.ratioHeight = ratioHeight;
    }

    String code() {
        return code;
    }

    /** The part of a {@code width} × {@code height} picture this crop takes: x, y, width, height. */
    int[] box(int width, int height, int focalX, int focalY) {
        int boxWidth = width;
        int boxHeight = (int) Math.round((double) width * ratioHeight / ratioWidth);
        if (boxHeight > height) {
            boxHeight = height;
            boxWidth = Math.min(width, (int) Math.round((double) height * ratioWidth / ratioHeight));
        }
        int x = clamp((int) Math.round(width * focalX / 100.0 - boxWidth / 2.0), width - boxWidth);
        int y = clamp((int) Math.round(height * focalY / 100.0 - boxHeight / 2.0), height - boxHeight);
        return new int[] {x, y, boxWidth, boxHeight};
    }

    /** The crop's size in pixels: 1200 px wide, or the box's width when smaller. */
    int[] size(int width, int height) {
        int[] box = box(width, height, 50, 50);
        int outWidth = Math.min(WIDTH, box[2]);
        int outHeight = Math.max(1, (int) Math.round((double) outWidth * ratioHeight / ratioWidth));
        return new int[] {outWidth, outHeight};
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
