package org.newsdesk.media;

import java.awt.image.BufferedImage;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Writes a claimed picture's variants from its master: each width in WebP and JPEG, and the crops
 * for the claimed focal point. What is stored already is skipped, so a job taken over half-way
 * goes on where the other instance stopped.
 */
@Component
record VariantMaker(MediaStore store, PictureProcessor processor) {

    void make(PictureJobs.Claim claim) {
        processor.locked(() -> {
            store.get(claim.hash() + ".jpg").ifPresent(master -> write(claim, processor.read(master.bytes())));
            return null;
        });
    }

    private void write(PictureJobs.Claim claim, BufferedImage master) {
        Set<String> stored = store.keys(claim.hash());
        for (int width : PictureProcessor.widths(master.getWidth())) {
            String jpeg = claim.hash() + "-" + width + ".jpg";
            String webp = claim.hash() + "-" + width + ".webp";
            if (!stored.contains(jpeg) || !stored.contains(webp)) {
                BufferedImage scaled = width == master.getWidth() ? master : processor.width(master, width);
                put(stored, jpeg, PictureProcessor.JPEG_TYPE, scaled);
                put(stored, webp, PictureProcessor.WEBP_TYPE, scaled);
            }
        }
        for (Crop crop : Crop.values()) {
            put(stored, PictureView.cropKey(claim.hash(), crop, claim.focalCode()), PictureProcessor.JPEG_TYPE,
                    processor.crop(master, crop, claim.focalX(), claim.focalY()));
        }
    }

    private void put(Set<String> stored, String key, String type, BufferedImage image) {
        if (!stored.contains(key)) {
            store.put(key, type, type.equals(PictureProcessor.WEBP_TYPE) ? processor.webp(image) : processor.jpeg(image));
        }
    }

    /** Removes the crops of earlier focal points, once the current ones exist. */
    void forgetOldCrops(PictureJobs.Claim claim) {
        store.delete(store.keys(claim.hash()).stream()
                .filter(key -> key.contains("-f") && !key.contains(claim.focalCode())).toList());
    }
}
