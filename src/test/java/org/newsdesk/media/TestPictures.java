package org.newsdesk.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.awaitility.core.ConditionTimeoutException;
import org.newsdesk.Eventually;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pictures made by the tests at run time (Java2D and ImageIO), so that no binary file is committed:
 * each accepted type, photos with EXIF (orientation, GPS, a secret text) and XMP written by hand,
 * and each kind of file the site refuses.
 */
public final class TestPictures {

    /**
     * How long a test waits for the background worker to make an upload's variants. The wake after
     * the upload's commit makes them at once (the tests' sweep is hourly); a failed attempt is tried
     * again after {@link PictureVariants#RETRY}, so a wait outlasts a few of those.
     */
    public static final Duration VARIANTS_MADE = Duration.ofSeconds(90);

    /**
     * Waits until {@code made} holds, at most {@link #VARIANTS_MADE}. If it never does, the failure
     * says what the queue, the pictures' rows and the worker thread were doing: a wait that runs out is a bug to find.
     */
    public static void awaitVariants(JdbcClient jdbc, BooleanSupplier made) {
        try {
            Eventually.within(VARIANTS_MADE, made);
        }
        catch (ConditionTimeoutException e) {
            String queue = jdbc.sql("""
                    select picture_id, created_at, claimed_until, clock_timestamp() as now, attempts, last_error from picture_jobs
                    """).query().listOfRows().toString();
            String rows = jdbc.sql("""
                    select id, hash, focal_x, focal_y, crops_focal, variants_ready from pictures order by id
                    """).query().listOfRows().toString();
            String worker = Thread.getAllStackTraces().entrySet().stream()
                    .filter(thread -> thread.getKey().getName().startsWith("picture-variants"))
                    .map(thread -> thread.getKey() + " " + thread.getKey().getState() + "\n  "
                            + Arrays.stream(thread.getValue()).map(Object::toString).collect(Collectors.joining("\n  ")))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("Variants not made within " + VARIANTS_MADE + "; picture_jobs: " + queue
                    + "\npictures: " + rows + "\nworker threads:\n" + worker, e);
        }
    }

    /** A text put in every metadata block of {@link #jpegWithMetadata}: it must never be found in a stored file. */
    public static final String SECRET = "GPS-SECRET-PLACE-14.6349N";

    private TestPictures() {
    }

    /** A photo-like picture: a red square in the top-left corner, a blue one at the bottom-right, on green. */
    public static BufferedImage drawing(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 160, 60));
        g.fillRect(0, 0, width, height);
        int s = Math.max(2, Math.min(width, height) / 5);
        g.setColor(Color.RED);
        g.fillRect(0, 0, s, s);
        g.setColor(Color.BLUE);
        g.fillRect(width - s, height - s, s, s);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return write(drawing(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return write(drawing(width, height), "png");
    }

    public static byte[] pngWithAlpha(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 30, 30, 128));
        g.fillOval(0, 0, width, height);
        g.dispose();
        return write(image, "png");
    }

    public static byte[] webp(int width, int height) {
        return write(drawing(width, height), "webp");
    }

    public static byte[] gif(int width, int height) {
        return write(drawing(width, height), "gif");
    }

    public static byte[] svg() {
        return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8);
    }

    /** The start of an HEIC file (an ISO box "ftyp" of brand "heic"). */
    public static byte[] heic() {
        byte[] bytes = new byte[64];
        System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, 0, bytes, 0, 12);
        return bytes;
    }

    /** A JPEG's start followed by nonsense. */
    public static byte[] corruptJpeg() {
        byte[] bytes = new byte[4000];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xff;
        bytes[1] = (byte) 0xd8;
        bytes[2] = (byte) 0xff;
        bytes[3] = (byte) 0xdb;
        return bytes;
    }

    /** A small, valid PNG whose header claims {@code width} × {@code height} pixels: a decompression bomb. */
    public static byte[] pngClaiming(int width, int height) {
        byte[] real = png(8, 8);
        ByteBuffer ihdr = ByteBuffer.wrap(real, 16, 8);
        ihdr.putInt(width).putInt(height);
        fixCrc(real, 8);
        return real;
    }

    /** A PNG with an animation control chunk (acTL) after its header: an APNG. */
    public static byte[] animatedPng() {
        byte[] png = png(16, 16);
        byte[] data = ByteBuffer.allocate(8).putInt(2).putInt(0).array();
        byte[] chunk = chunk("acTL", data);
        int afterHeader = 8 + 25;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk);
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** The header of an animated WebP (VP8X with the animation flag). */
    public static byte[] animatedWebp() {
        ByteBuffer bytes = ByteBuffer.allocate(64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        bytes.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(56).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        bytes.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0x02).put(new byte[3]);
        bytes.put(new byte[] {9, 0, 0, 9, 0, 0});
        bytes.put("ANIM".getBytes(StandardCharsets.US_ASCII)).putInt(6);
        return bytes.array();
    }

    /**
     * A JPEG carrying EXIF (orientation, an image description and a GPS directory, both with
     * {@link #SECRET}) and XMP (with {@link #SECRET}), written by hand after the start marker.
     */
    public static byte[] jpegWithMetadata(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.writeBytes(segment(0xE1, exif(orientation)));
        byte[] xmp = ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description "
                + "exif:GPSLatitude=\"" + SECRET + "\"/></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8);
        out.writeBytes(segment(0xE1, xmp));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /**
     * A real CMYK JPEG, as Photoshop writes them: four components, values stored inverted (255 = no
     * ink) as Adobe's APP14 marker (transform 0: CMYK, not YCCK) says. Four vertical bands: no ink
     * (paper white), 100% cyan, 100% black, 100% magenta + yellow (red). Written by the JDK's own
     * JPEG writer from a four-band raster; the marker is added after the start marker.
     */
    public static byte[] cmykJpeg(int width, int height) {
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[][] bands = {{0, 0, 0, 0}, {255, 0, 0, 0}, {0, 0, 0, 255}, {0, 255, 255, 0}};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] ink = bands[x * 4 / width];
                raster.setPixel(x, y, new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]});
            }
        }
        javax.imageio.ImageWriter writer = null;
        for (var writers = ImageIO.getImageWritersByFormatName("jpeg"); writers.hasNext(); ) {
            javax.imageio.ImageWriter candidate = writers.next();
            if (writer == null || candidate.getClass().getName().startsWith("com.sun.")) {
                writer = candidate;
            }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(plain)) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(raster, null, null), writer.getDefaultWriteParam());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            writer.dispose();
        }
        byte[] bytes = plain.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, 2);
        // "Adobe", version 100, flags 0 and 0, transform 0.
        out.writeBytes(segment(0xEE, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0}));
        out.write(bytes, 2, bytes.length - 2);
        return out.toByteArray();
    }

    private static byte[] exif(int orientation) {
        byte[] secret = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        // TIFF header (big-endian), IFD0 at 8 with 3 entries, then the GPS IFD, then the strings.
        int ifd0 = 8;
        int ifd0Size = 2 + 3 * 12 + 4;
        int gps = ifd0 + ifd0Size;
        int gpsSize = 2 + 2 * 12 + 4;
        int description = gps + gpsSize;
        int latitude = description + secret.length;
        ByteBuffer tiff = ByteBuffer.allocate(latitude + secret.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(ifd0);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(secret.length).putInt(description); // ImageDescription
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0); // Orientation
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gps); // GPS IFD
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        tiff.putShort((short) 0x001B).putShort((short) 7).putInt(secret.length).putInt(latitude); // GPSProcessingMethod
        tiff.putInt(0);
        tiff.put(secret).put(secret);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff.array());
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] data) {
        ByteBuffer segment = ByteBuffer.allocate(4 + data.length);
        segment.put((byte) 0xFF).put((byte) marker).putShort((short) (data.length + 2)).put(data);
        return segment.array();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static void fixCrc(byte[] png, int chunkStart) {
        int length = ByteBuffer.wrap(png, chunkStart, 4).getInt();
        CRC32 crc = new CRC32();
        crc.update(png, chunkStart + 4, 4 + length);
        ByteBuffer.wrap(png, chunkStart + 8 + length, 4).putInt((int) crc.getValue());
    }

    public static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour at a point of a stored file, read back. */
    public static Color colourAt(byte[] file, double fx, double fy) {
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(file));
            return new Color(image.getRGB((int) (fx * (image.getWidth() - 1)), (int) (fy * (image.getHeight() - 1))));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage read(byte[] file) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
