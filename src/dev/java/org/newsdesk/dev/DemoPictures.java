package org.newsdesk.dev;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.newsdesk.media.Pictures;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * A few pictures for the demo items, drawn here with Java2D (hills, water, a sky; no download and
 * no binary file in the repository) and uploaded through the media library like an editor's, with
 * alt text, caption and credit.
 */
@Component
record DemoPictures(Pictures pictures) {

    private static final String[][] SCENES = {
            {"Hills above a river valley at dawn", "The valley at first light.", "Newsdesk demo"},
            {"A calm lake under an orange evening sky", "Evening over the lake.", "Newsdesk demo"},
            {"Green hills and a blue sky with a few clouds", "Hill country in the rainy season.", "Newsdesk demo"},
            {"A coastline with dark water under a grey sky", "The coast before a storm.", "Newsdesk demo"},
            {"Rolling fields under a pale morning sky", "Fields near the border.", "Newsdesk demo"},
            {"Mountains over a lake in the midday sun", "Midday at the lake.", "Newsdesk demo"}};

    /** Draws and uploads the demo pictures; returns their ids. */
    List<Long> add() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SCENES.length; i++) {
            byte[] jpeg = jpeg(draw(i));
            long id = pictures.upload(new Pictures.Upload(jpeg.length, new ByteArrayResource(jpeg)), DemoContent.AUTHOR).id();
            pictures.describe(id, new Pictures.Details(SCENES[i][0], SCENES[i][1], SCENES[i][2], 50, 40), DemoContent.AUTHOR);
            ids.add(id);
        }
        return ids;
    }

    private static BufferedImage draw(int scene) {
        int width = 1600;
        int height = 1067;
        Random random = new Random(scene);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = random.nextFloat();
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.45f, 0.95f), 0, height * 0.6f,
                Color.getHSBColor((hue + 0.1f) % 1, 0.25f, 1f)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 240, 200));
        int sun = 90 + random.nextInt(60);
        g.fillOval(200 + random.nextInt(1100), 120 + random.nextInt(200), sun, sun);
        for (int layer = 0; layer < 4; layer++) {
            Path2D hills = new Path2D.Double();
            double base = height * (0.45 + layer * 0.12);
            hills.moveTo(0, height);
            for (int x = 0; x <= width; x += 40) {
                hills.lineTo(x, base + Math.sin(x / (180.0 + layer * 60) + scene + layer) * (60 - layer * 10) + random.nextInt(8));
            }
            hills.lineTo(width, height);
            hills.closePath();
            g.setColor(Color.getHSBColor((0.28f + scene * 0.05f + layer * 0.02f) % 1, 0.5f, 0.55f - layer * 0.1f));
            g.fill(hills);
        }
        g.setColor(new Color(40, 80, 120, 140));
        g.setStroke(new BasicStroke(6));
        g.drawLine(0, (int) (height * 0.9), width, (int) (height * 0.88));
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
