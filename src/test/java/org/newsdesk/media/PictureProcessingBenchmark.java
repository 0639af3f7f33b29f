package org.newsdesk.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.util.unit.DataSize;

/**
 * Not a test: run by {@code bench/pictures/run.sh} under {@code -Xmx256m}. Makes a 24-megapixel
 * JPEG (6000 × 4000, photo-like noise, generated here), then processes it as an upload is
 * processed (master made safe, fallback JPEG) and as the background job does (5 widths in WebP
 * and JPEG, 4 crops), several times, printing the median times and the peak heap.
 */
public final class PictureProcessingBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        byte[] photo = photo(6000, 4000);
        System.out.printf("input: 6000 x 4000 JPEG (24 MP), %.1f MB; heap max %d MB%n", photo.length / 1e6,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        photo = photo.clone();
        PictureProcessor processor = new PictureProcessor(new MediaProperties(DataSize.ofMegabytes(25), 60_000_000,
                DataSize.ofMegabytes(16), DataSize.ofKilobytes(256), Duration.ofSeconds(30)));
        resetPeaks();
        List<Long> uploads = new ArrayList<>();
        List<Long> variants = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            PictureProcessor.Master master = processor.master(new ByteArrayInputStream(photo), photo.length);
            processor.jpeg(processor.width(master.image(), PictureProcessor.fallbackWidth(master.image().getWidth())));
            uploads.add(System.nanoTime() - start);
            start = System.nanoTime();
            BufferedImage read = processor.read(master.jpeg());
            for (int width : PictureProcessor.widths(read.getWidth())) {
                BufferedImage scaled = processor.width(read, width);
                processor.jpeg(scaled);
                processor.webp(scaled);
            }
            for (Crop crop : Crop.values()) {
                processor.jpeg(processor.crop(read, crop, 50, 50));
            }
            variants.add(System.nanoTime() - start);
        }
        System.out.printf("upload (sniff, header, subsampled decode, orient, sRGB, master + fallback JPEG): median %d ms%n", median(uploads));
        System.out.printf("variants (5 widths x WebP+JPEG, 4 crops): median %d ms%n", median(variants));
        System.out.printf("peak heap used: %d MB%n", peakHeap() / 1024 / 1024);
    }

    /** A photo-like picture: gradients and noise, which JPEG cannot squeeze to nothing. */
    static byte[] photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(220, 170, 90)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        Random random = new Random(1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(25);
                int rgb = image.getRGB(x, y);
                image.setRGB(x, y, rgb + (noise << 16) + (noise << 8) + noise);
            }
        }
        return TestPictures.write(image, "jpeg");
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }
}
