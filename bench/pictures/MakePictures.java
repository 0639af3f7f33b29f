// Draws N photo-like JPEGs (1600 × 1067: gradients, hills and noise, so that they compress like
// photos rather than flat colour) for bench/run.sh's pictures scenarios. Plain JDK, run as a
// single source file: java bench/pictures/MakePictures.java DIR N
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.ImageIO;

public class MakePictures {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        int count = Integer.parseInt(args[1]);
        dir.mkdirs();
        for (int n = 0; n < count; n++) {
            Random random = new Random(n);
            int width = 1600;
            int height = 1067;
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            float hue = random.nextFloat();
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.4f, 0.95f), 0, height * 0.6f,
                    Color.getHSBColor(hue + 0.1f, 0.3f, 0.7f)));
            g.fillRect(0, 0, width, height);
            for (int layer = 0; layer < 4; layer++) {
                Path2D hills = new Path2D.Double();
                double base = height * (0.45 + layer * 0.13);
                hills.moveTo(0, height);
                for (int x = 0; x <= width; x += 40) {
                    hills.lineTo(x, base + Math.sin(x / (90.0 + layer * 40) + n) * 50 + random.nextInt(20));
                }
                hills.lineTo(width, height);
                hills.closePath();
                g.setColor(Color.getHSBColor(0.25f + layer * 0.05f + hue / 10, 0.5f, 0.6f - layer * 0.1f));
                g.fill(hills);
            }
            g.dispose();
            for (int i = 0; i < width * height / 8; i++) {
                int x = random.nextInt(width);
                int y = random.nextInt(height);
                int rgb = image.getRGB(x, y);
                int d = random.nextInt(31) - 15;
                int r = Math.max(0, Math.min(255, ((rgb >> 16) & 255) + d));
                int gr = Math.max(0, Math.min(255, ((rgb >> 8) & 255) + d));
                int b = Math.max(0, Math.min(255, (rgb & 255) + d));
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
            ImageIO.write(image, "jpg", new File(dir, "picture-" + (n + 1) + ".jpg"));
        }
    }
}
