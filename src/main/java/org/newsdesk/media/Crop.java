package org.newsdesk.media;

/**
 * The crops made of every picture around its focal point: one for sharing (Open Graph, Twitter)
 * and the three aspect ratios Google asks for in structured data, each 1200 px wide when the
 * picture is large enough (never enlarged).
 */
public enum Crop {
    SHARE(1200 / 630.0), WIDE(16 / 9.0), STANDARD(4 / 3.0), SQUARE(1);

    static final int WIDTH = 1200;

    /** Width divided by height. */
    private final double ratio;

    Crop(double ratio) {
        this.ratio = ratio;
    }

    /** How the crop's files are named: {@code share}, {@code wide}, {@code standard}, {@code square}. */
    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The part of a {@code width} × {@code height} picture this crop takes: x, y, width, height. */
    int[] box(int width, int height, int focalX, int focalY) {
        int boxWidth = width;
        int boxHeight = (int) Math.round(width / ratio);
        if (boxHeight > height) {
            boxHeight = height;
            boxWidth = Math.min(width, (int) Math.round(height * ratio));
        }
        int x = clamp((int) Math.round(width * focalX / 100.0 - boxWidth / 2.0), width - boxWidth);
        int y = clamp((int) Math.round(height * focalY / 100.0 - boxHeight / 2.0), height - boxHeight);
        return new int[] {x, y, boxWidth, boxHeight};
    }

    /** The crop's size in pixels: 1200 px wide, or the box's width when smaller. */
    int[] size(int width, int height) {
        int[] box = box(width, height, 50, 50);
        int outWidth = Math.min(WIDTH, box[2]);
        return new int[] {outWidth, Math.max(1, (int) Math.round(outWidth / ratio))};
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
