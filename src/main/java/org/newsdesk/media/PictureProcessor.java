package org.newsdesk.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import org.newsdesk.site.RefusedException;

import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into a safe master picture, and a master into its variants.
 *
 * <p>On upload: the type is sniffed from the first bytes; the pixel size is read from the header
 * and refused past {@link MediaProperties#maxPixels()} before anything is decoded (a small file
 * claiming 50,000 × 50,000 px never reaches the decoder); the picture is decoded at a reduced
 * resolution where it is large (ImageIO's source subsampling: a 24 MP JPEG is decoded at about
 * 3000 px, which a small heap holds), converted to sRGB (CMYK and ICC profiles included: the
 * TwelveMonkeys JPEG reader), turned upright by its EXIF orientation, and encoded again from its
 * pixels alone, so no metadata of the file (EXIF, GPS, XMP, IPTC, comments) survives.
 *
 * <p>One picture is processed at a time in an instance, uploads and background work alike: the
 * memory this takes stays that of one picture.
 */
@Component
class PictureProcessor {

    /** The master's longest edge: enough for the 1920 px variant and 1200 px crops. */
    static final int MASTER_EDGE = 2048;
    /** The width of the fallback JPEG made at upload, used by pages until the variants exist. */
    static final int FALLBACK_WIDTH = 1280;
    static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280, 1920);
    static final float JPEG_QUALITY = 0.82f;
    static final float WEBP_QUALITY = 0.78f;
    static final String JPEG_TYPE = "image/jpeg";
    static final String WEBP_TYPE = "image/webp";

    private final MediaProperties properties;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    PictureProcessor(MediaProperties properties) {
        this.properties = properties;
    }

    /** A picture made safe: its master's pixels and JPEG bytes, and what the upload was. */
    record Master(BufferedImage image, byte[] jpeg, String hash, PictureFormat sourceType, int sourceWidth, int sourceHeight) {
    }

    /** The largest file taken ({@code newsdesk.media.max-file-size}). */
    long maxFileBytes() {
        return properties.maxFileSize().toBytes();
    }

    /** Reads an uploaded file (of {@code size} bytes) and makes its master, or refuses it. */
    Master master(InputStream file, long size) {
        if (size > properties.maxFileSize().toBytes()) {
            throw new RefusedException(PictureRefusal.TOO_LARGE, "files", properties.maxFileSize().toMegabytes());
        }
        if (size <= 0) {
            throw new RefusedException(PictureRefusal.EMPTY, "files");
        }
        return locked(() -> {
            try (ImageInputStream in = ImageIO.createImageInputStream(file)) {
                if (in == null) {
                    throw new RefusedException(PictureRefusal.CORRUPT, "files");
                }
                byte[] head = new byte[PictureFormat.HEAD];
                int length = Math.max(0, in.read(head));
                PictureFormat format = PictureFormat.sniff(head, length);
                if (format == PictureFormat.WEBP && PictureFormat.animatedWebp(head, length)
                        || format == PictureFormat.PNG && animatedPng(in)) {
                    throw new RefusedException(PictureRefusal.ANIMATED, "files");
                }
                int orientation = format == PictureFormat.JPEG ? orientation(in) : 1;
                in.seek(0);
                return decode(in, format, orientation);
            }
            catch (IOException | RuntimeException e) {
                if (e instanceof RefusedException refused) {
                    throw refused;
                }
                throw new RefusedException(PictureRefusal.CORRUPT, "files");
            }
        });
    }

    private Master decode(ImageInputStream in, PictureFormat format, int orientation) throws IOException {
        ImageReader reader = reader(format);
        try {
            reader.setInput(in, false, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new RefusedException(PictureRefusal.CORRUPT, "files");
            }
            if ((long) width * height > properties.maxPixels()) {
                throw new RefusedException(PictureRefusal.TOO_MANY_PIXELS, "files", width, height, properties.maxPixels() / 1_000_000);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int subsampling = Math.max(1, Math.max(width, height) / MASTER_EDGE);
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            BufferedImage decoded = reader.read(0, param);
            BufferedImage upright = orient(toSrgb(decoded), orientation);
            decoded = null;
            BufferedImage master = fit(upright, MASTER_EDGE);
            byte[] jpeg = jpeg(master);
            return new Master(master, jpeg, hash(jpeg), format, width, height);
        }
        finally {
            reader.dispose();
        }
    }

    /** The master read back from its JPEG, for the background work. */
    BufferedImage read(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalStateException("Unreadable master");
            }
            return toSrgb(image);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code work} when no other picture is being processed in this instance. */
    <T> T locked(java.util.function.Supplier<T> work) {
        oneAtATime.lock();
        try {
            return work.get();
        }
        finally {
            oneAtATime.unlock();
        }
    }

    /** The widths a picture {@code width} px wide is made in: never enlarged, and its own width when smaller than the largest. */
    static List<Integer> widths(int width) {
        java.util.ArrayList<Integer> widths = new java.util.ArrayList<>(WIDTHS.stream().filter(w -> w < width).toList());
        int largest = Math.min(width, WIDTHS.get(WIDTHS.size() - 1));
        if (!widths.contains(largest)) {
            widths.add(largest);
        }
        return widths;
    }

    static int fallbackWidth(int width) {
        return Math.min(width, FALLBACK_WIDTH);
    }

    BufferedImage width(BufferedImage image, int width) {
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        return scale(image, width, height);
    }

    BufferedImage crop(BufferedImage image, Crop crop, int focalX, int focalY) {
        int[] box = crop.box(image.getWidth(), image.getHeight(), focalX, focalY);
        int[] size = crop.size(image.getWidth(), image.getHeight());
        return scale(image.getSubimage(box[0], box[1], box[2], box[3]), size[0], size[1]);
    }

    byte[] jpeg(BufferedImage image) {
        return write(image, "image/jpeg", writer -> {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            return param;
        });
    }

    byte[] webp(BufferedImage image) {
        return write(image, "image/webp", writer -> {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Lossy");
            param.setCompressionQuality(WEBP_QUALITY);
            return param;
        });
    }

    /** Encodes the pixels alone: no metadata is given to the writer, so none is written. */
    private static byte[] write(BufferedImage image, String type, Function<ImageWriter, ImageWriteParam> params) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(type);
        if (!writers.hasNext()) {
            throw new IllegalStateException("No ImageIO writer for " + type);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), params.apply(writer));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The reader for a format: TwelveMonkeys' (pure Java, subsampled decoding, CMYK) when there is one. */
    private static ImageReader reader(PictureFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        ImageReader chosen = null;
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (chosen == null || reader.getClass().getName().startsWith("com.twelvemonkeys")) {
                chosen = reader;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        return chosen;
    }

    /** Whether a PNG has an animation control chunk before its image data (an APNG). */
    private static boolean animatedPng(ImageInputStream in) throws IOException {
        in.seek(8);
        for (int chunks = 0; chunks < 1000; chunks++) {
            long length = in.readUnsignedInt();
            byte[] type = new byte[4];
            in.readFully(type);
            String name = new String(type, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (name.equals("acTL")) {
                return true;
            }
            if (name.equals("IDAT") || name.equals("IEND")) {
                return false;
            }
            in.skipBytes(length + 4);
        }
        return false;
    }

    /** The EXIF orientation of a JPEG (1 = upright, also when there is none or it cannot be read). */
    private static int orientation(ImageInputStream in) {
        try {
            in.seek(0);
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, 0xFFE1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data();
            data.read(); // the pad byte after "Exif\0"
            Directory directory = new TIFFReader().read(new MemoryCacheImageInputStream(data));
            Entry entry = directory.getEntryById(274);
            return entry != null && entry.getValue() instanceof Number number && number.intValue() >= 1 && number.intValue() <= 8
                    ? number.intValue() : 1;
        }
        catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** Any colour model (CMYK, grey, an ICC profile, alpha) to plain sRGB pixels; transparency on white. */
    static BufferedImage toSrgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        ColorSpace space = image.getColorModel().getColorSpace();
        if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY && !image.getColorModel().hasAlpha()) {
            new ColorConvertOp(null).filter(image, rgb);
            return rgb;
        }
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Turns a picture upright by its EXIF orientation (2–8 mirror and/or rotate). */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** Scales down so that the longest edge is at most {@code edge} (never up). */
    static BufferedImage fit(BufferedImage image, int edge) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= edge) {
            return image;
        }
        double factor = (double) edge / longest;
        return scale(image, Math.max(1, (int) Math.round(image.getWidth() * factor)),
                Math.max(1, (int) Math.round(image.getHeight() * factor)));
    }

    /** Bilinear steps of at most half the size: smooth like an area average, without its cost. */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h);
        }
        return w == width && h == height && current != image ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 20);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
