package org.newsdesk.media;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A picture as pages show it: its text (alt, caption, credit), its size and the paths of its
 * files. Until the background job has made the variants, only the fallback JPEG (at most 1280 px
 * wide, made at upload) exists, and every path leads to it.
 */
public record PictureView(long id, String hash, int width, int height, String altText, String caption, String credit,
                          int focalX, int focalY, boolean variantsReady, String cropsFocal) {

    public static final String PATH = "/media/";

    /** The widths this picture is served in. */
    public List<Integer> widths() {
        return variantsReady ? PictureProcessor.widths(width) : List.of(fallbackWidth());
    }

    public int fallbackWidth() {
        return PictureProcessor.fallbackWidth(width);
    }

    public String fallbackPath() {
        return path(fallbackWidth(), "jpg");
    }

    /** The height at a given width, keeping the proportions. */
    public int heightAt(int atWidth) {
        return Math.max(1, (int) Math.round((double) height * atWidth / width));
    }

    public String path(int atWidth, String extension) {
        return PATH + hash + "-" + atWidth + "." + extension;
    }

    /** {@code srcset} of the JPEG files. */
    public String jpegSrcset() {
        return srcset("jpg");
    }

    /** {@code srcset} of the WebP files (empty until they exist). */
    public String webpSrcset() {
        return variantsReady ? srcset("webp") : "";
    }

    private String srcset(String extension) {
        return widths().stream().map(w -> path(w, extension) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The path of the JPEG nearest above {@code atWidth} (the fallback until variants exist). */
    public String jpegPath(int atWidth) {
        return path(widths().stream().filter(w -> w >= atWidth).findFirst().orElse(widths().get(widths().size() - 1)), "jpg");
    }

    /**
     * The Markdown that places this picture in an item's text: {@code ![label](media:42)}. The label
     * is for editors; readers get the library's alt text, caption and credit.
     */
    public String reference() {
        String label = hasAltText() ? altText.replaceAll("[\\[\\]\\\\\\s]+", " ").strip() : "";
        return "![" + label + "](media:" + id + ")";
    }

    public boolean hasAltText() {
        return altText != null && !altText.isBlank();
    }

    /** The focal point as it names crop files ({@code f050030}). */
    public String focalCode() {
        return focalCode(focalX, focalY);
    }

    static String focalCode(int x, int y) {
        return "f%03d%03d".formatted(x, y);
    }

    /** A crop, once it exists for the current focal point. */
    public Optional<Image> crop(Crop crop) {
        if (!focalCode().equals(cropsFocal)) {
            return Optional.empty();
        }
        int[] size = crop.size(width, height);
        return Optional.of(new Image(PATH + cropKey(hash, crop, focalCode()), size[0], size[1]));
    }

    /** The picture for sharing: the sharing crop, or the fallback JPEG while the crops are being made. */
    public Image sharing() {
        return crop(Crop.SHARE).orElseGet(() -> new Image(fallbackPath(), fallbackWidth(), heightAt(fallbackWidth())));
    }

    /** The three structured-data crops (16:9, 4:3, 1:1), or the fallback while they are being made. */
    public List<Image> structuredData() {
        List<Image> crops = List.of(Crop.WIDE, Crop.STANDARD, Crop.SQUARE).stream()
                .flatMap(crop -> crop(crop).stream()).toList();
        return crops.isEmpty() ? List.of(sharing()) : crops;
    }

    static String cropKey(String hash, Crop crop, String focalCode) {
        return hash + "-" + crop.code() + "-" + focalCode + ".jpg";
    }

    /** One file of a picture: its path under the site and its size. */
    public record Image(String path, int width, int height) {
    }
}
