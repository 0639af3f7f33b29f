package org.newsdesk.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.newsdesk.site.RefusedException;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads made safe, and refused, without Spring: what the processor keeps of each kind of file. */
class PictureProcessorTests {

    final PictureProcessor processor = new PictureProcessor(
            new MediaProperties(DataSize.ofMegabytes(25), 60_000_000, DataSize.ofMegabytes(16), DataSize.ofKilobytes(256), java.time.Duration.ofSeconds(30)));

    PictureProcessor.Master master(byte[] file) {
        return processor.master(new ByteArrayInputStream(file), file.length);
    }

    @Test
    void eachAcceptedTypeBecomesAJpegMasterOfTheSameSize() {
        for (byte[] file : List.of(TestPictures.jpeg(800, 600), TestPictures.png(800, 600), TestPictures.webp(800, 600))) {
            PictureProcessor.Master master = master(file);
            assertThat(master.image().getWidth()).isEqualTo(800);
            assertThat(master.image().getHeight()).isEqualTo(600);
            assertThat(TestPictures.read(master.jpeg()).getWidth()).isEqualTo(800);
            assertThat(master.hash()).matches("[0-9a-f]{20}");
        }
        assertThat(master(TestPictures.png(10, 10)).sourceType()).isEqualTo(PictureFormat.PNG);
        assertThat(master(TestPictures.webp(10, 10)).sourceType()).isEqualTo(PictureFormat.WEBP);
    }

    /** A CMYK JPEG (print photos, agencies' files) becomes sRGB with its colours, in the master and in every variant type. */
    @Test
    void aCmykJpegBecomesSrgbWithSaneColours() {
        byte[] cmyk = TestPictures.cmykJpeg(800, 200);
        // Really CMYK: four components in its frame header, and Adobe's marker.
        assertThat(new String(cmyk, StandardCharsets.ISO_8859_1)).contains("Adobe");
        assertThat(cmyk[sofComponentsOffset(cmyk)]).isEqualTo((byte) 4);
        PictureProcessor.Master master = master(cmyk);
        BufferedImage small = processor.width(master.image(), 320);
        for (byte[] file : List.of(master.jpeg(), processor.jpeg(small), processor.webp(small))) {
            BufferedImage read = TestPictures.read(file);
            assertThat(read.getColorModel().getColorSpace().isCS_sRGB()).isTrue();
            assertThat(read.getColorModel().getNumColorComponents()).isEqualTo(3);
            Color paper = TestPictures.colourAt(file, 0.12, 0.5);
            Color cyan = TestPictures.colourAt(file, 0.37, 0.5);
            Color black = TestPictures.colourAt(file, 0.62, 0.5);
            Color red = TestPictures.colourAt(file, 0.87, 0.5);
            assertThat(List.of(paper.getRed(), paper.getGreen(), paper.getBlue())).allMatch(value -> value > 225);
            assertThat(cyan.getRed()).isLessThan(80);
            assertThat(cyan.getGreen()).isGreaterThan(120);
            assertThat(cyan.getBlue()).isGreaterThan(180);
            assertThat(List.of(black.getRed(), black.getGreen(), black.getBlue())).allMatch(value -> value < 70);
            assertThat(red.getRed()).isGreaterThan(180);
            assertThat(red.getGreen()).isLessThan(90);
            assertThat(red.getBlue()).isLessThan(90);
        }
    }

    /** Where a JPEG's baseline frame header (SOF0) says how many components it has. */
    private static int sofComponentsOffset(byte[] jpeg) {
        for (int i = 2; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                return i + 9;
            }
        }
        throw new AssertionError("No SOF0");
    }

    @Test
    void transparencyBecomesWhite() {
        PictureProcessor.Master master = master(TestPictures.pngWithAlpha(100, 100));
        assertThat(new Color(master.image().getRGB(1, 1))).isEqualTo(Color.WHITE);
    }

    @Test
    void aLargePhotoIsDecodedSmallerAndKeptAtMost2048PixelsWide() {
        PictureProcessor.Master master = master(TestPictures.jpeg(6000, 4000));
        assertThat(master.image().getWidth()).isEqualTo(2048);
        assertThat(master.image().getHeight()).isEqualTo(1365);
        assertThat(master.sourceWidth()).isEqualTo(6000);
    }

    @Test
    void metadataIsGoneFromTheMaster() {
        byte[] upload = TestPictures.jpegWithMetadata(400, 300, 1);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(TestPictures.SECRET).contains("Exif");
        String kept = new String(master(upload).jpeg(), StandardCharsets.ISO_8859_1);
        assertThat(kept).doesNotContain(TestPictures.SECRET).doesNotContain("Exif").doesNotContain("http://ns.adobe.com/xap");
    }

    @Test
    void exifOrientationIsApplied() {
        // Orientation 6: the camera was turned a quarter clockwise; the stored pixels lie on their side.
        PictureProcessor.Master master = master(TestPictures.jpegWithMetadata(400, 300, 6));
        BufferedImage upright = master.image();
        assertThat(upright.getWidth()).isEqualTo(300);
        assertThat(upright.getHeight()).isEqualTo(400);
        // The stored top-left corner (red) is shown at the top-right, the bottom-right (blue) at the bottom-left.
        assertThat(isRed(new Color(upright.getRGB(290, 10)))).isTrue();
        assertThat(isBlue(new Color(upright.getRGB(10, 390)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationKeepsTheRedCornerWhereTheCameraSawIt(int orientation) {
        BufferedImage upright = master(TestPictures.jpegWithMetadata(400, 300, orientation)).image();
        boolean swapped = orientation >= 5;
        assertThat(upright.getWidth()).isEqualTo(swapped ? 300 : 400);
        // Where the stored top-left corner goes, by the EXIF definition of each orientation.
        int[][] corner = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 1}, {0, 1}};
        int x = corner[orientation - 1][0] == 0 ? 10 : upright.getWidth() - 10;
        int y = corner[orientation - 1][1] == 0 ? 10 : upright.getHeight() - 10;
        assertThat(isRed(new Color(upright.getRGB(x, y)))).as("orientation %d", orientation).isTrue();
    }

    @Test
    void eachRefusalSaysWhy() {
        assertRefused(TestPictures.svg(), PictureRefusal.SVG);
        assertRefused(TestPictures.gif(10, 10), PictureRefusal.WRONG_TYPE);
        assertRefused("just some text".getBytes(StandardCharsets.UTF_8), PictureRefusal.WRONG_TYPE);
        assertRefused(TestPictures.heic(), PictureRefusal.NOT_READABLE_TYPE);
        assertRefused(TestPictures.corruptJpeg(), PictureRefusal.CORRUPT);
        assertRefused(TestPictures.pngClaiming(50_000, 50_000), PictureRefusal.TOO_MANY_PIXELS);
        assertRefused(TestPictures.animatedPng(), PictureRefusal.ANIMATED);
        assertRefused(TestPictures.animatedWebp(), PictureRefusal.ANIMATED);
        assertRefused(new byte[0], PictureRefusal.EMPTY);
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSizeBeforeBeingRead() {
        assertThatThrownBy(() -> processor.master(new ByteArrayInputStream(new byte[0]), DataSize.ofMegabytes(26).toBytes()))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reason()).isEqualTo(PictureRefusal.TOO_LARGE));
    }

    @Test
    void variantsAndCropsHaveTheirSizes() {
        BufferedImage master = master(TestPictures.jpeg(3000, 2000)).image();
        assertThat(PictureProcessor.widths(master.getWidth())).containsExactly(320, 640, 960, 1280, 1920);
        assertThat(PictureProcessor.widths(800)).containsExactly(320, 640, 800);
        assertThat(TestPictures.read(processor.webp(processor.width(master, 640))).getWidth()).isEqualTo(640);
        BufferedImage share = processor.crop(master, Crop.SHARE, 50, 50);
        assertThat(share.getWidth()).isEqualTo(1200);
        assertThat(share.getHeight()).isEqualTo(630);
        assertThat(processor.crop(master, Crop.SQUARE, 50, 50).getHeight()).isEqualTo(1200);
        assertThat(processor.crop(master, Crop.WIDE, 50, 50).getHeight()).isEqualTo(675);
        assertThat(processor.crop(master, Crop.STANDARD, 50, 50).getHeight()).isEqualTo(900);
    }

    @Test
    void cropsKeepTheFocalPointInView() {
        BufferedImage master = master(TestPictures.jpeg(3000, 1000)).image();
        // A square of a wide picture: at the left edge (focal point there) it shows the red corner, at the right the blue.
        assertThat(isRed(new Color(processor.crop(master, Crop.SQUARE, 0, 0).getRGB(5, 5)))).isTrue();
        assertThat(isBlue(new Color(processor.crop(master, Crop.SQUARE, 100, 100).getRGB(675, 675)))).isTrue();
    }

    private void assertRefused(byte[] file, PictureRefusal reason) {
        assertThatThrownBy(() -> master(file))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    static boolean isRed(Color c) {
        return c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90;
    }

    static boolean isBlue(Color c) {
        return c.getBlue() > 180 && c.getRed() < 90 && c.getGreen() < 90;
    }
}
