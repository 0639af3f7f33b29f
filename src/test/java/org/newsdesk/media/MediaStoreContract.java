package org.newsdesk.media;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link MediaStore} does, tested against each one: PostgreSQL ({@link DatabaseMediaStoreIT})
 * and an S3-compatible server ({@link S3MediaStoreIT}). Each test works under a hash of its own,
 * so that tests never see each other's files.
 */
interface MediaStoreContract {

    MediaStore store();

    /** A new picture hash's worth of key space: 20 hex digits, as the site names files. */
    static String freshHash() {
        return String.format("%020x", ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE).substring(0, 20);
    }

    @Test
    default void aFileIsReadBackByteForByteWithItsType() {
        String hash = freshHash();
        byte[] everyByte = new byte[256 * 4];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        byte[] large = new byte[1_500_000];
        new Random(13).nextBytes(large);
        byte[] jpeg = TestPictures.jpeg(64, 48);

        store().put(hash + "-320.webp", PictureProcessor.WEBP_TYPE, everyByte);
        store().put(hash + "-1920.jpg", PictureProcessor.JPEG_TYPE, large);
        store().put(hash + ".jpg", PictureProcessor.JPEG_TYPE, jpeg);

        MediaFile webp = store().get(hash + "-320.webp").orElseThrow();
        assertThat(webp.contentType()).isEqualTo("image/webp");
        assertThat(webp.bytes()).isEqualTo(everyByte);
        MediaFile big = store().get(hash + "-1920.jpg").orElseThrow();
        assertThat(big.contentType()).isEqualTo("image/jpeg");
        assertThat(big.bytes()).isEqualTo(large);
        assertThat(TestPictures.read(store().get(hash + ".jpg").orElseThrow().bytes()).getWidth()).isEqualTo(64);
    }

    @Test
    default void aFileThatIsNotThereIsNotFoundRatherThanAFailure() {
        String hash = freshHash();
        assertThat(store().get(hash + "-640.webp")).isEmpty();
        assertThat(store().keys(hash)).isEmpty();
        assertThat(store().sizes(List.of(hash + "-640.webp"))).isEmpty();
        store().delete(List.of(hash + "-640.webp"));
        store().delete(List.of());
    }

    @Test
    default void writingAFileAgainUnderItsNameKeepsOneFile() {
        String hash = freshHash();
        store().put(hash + "-640.jpg", PictureProcessor.JPEG_TYPE, new byte[] {1, 2, 3});
        store().put(hash + "-640.jpg", PictureProcessor.JPEG_TYPE, new byte[] {1, 2, 3});

        assertThat(store().keys(hash)).containsExactly(hash + "-640.jpg");
        assertThat(store().get(hash + "-640.jpg").orElseThrow().bytes()).containsExactly(1, 2, 3);
    }

    @Test
    default void keysAreThoseThatStartWithThePrefixTakenLiterally() {
        String hash = freshHash();
        String other = freshHash();
        List<String> names = List.of(hash + ".jpg", hash + "-320.jpg", hash + "-320.webp", hash + "-share-f050050.jpg");
        names.forEach(name -> store().put(name, PictureProcessor.JPEG_TYPE, name.getBytes()));
        store().put(other + "-320.jpg", PictureProcessor.JPEG_TYPE, new byte[] {9});

        assertThat(store().keys(hash)).containsExactlyInAnyOrderElementsOf(names);
        assertThat(store().keys(hash + "-320")).containsExactlyInAnyOrder(hash + "-320.jpg", hash + "-320.webp");
        // LIKE's wildcards are plain characters in a prefix ("_" would match the "-", "%" anything).
        assertThat(store().keys(hash + "_")).isEmpty();
        assertThat(store().keys(hash.substring(0, 19) + "%")).isEmpty();
        assertThat(store().keys(other)).containsExactly(other + "-320.jpg");
    }

    @Test
    default void sizesAreThoseOfTheFilesThatExist() {
        String hash = freshHash();
        store().put(hash + "-320.jpg", PictureProcessor.JPEG_TYPE, new byte[1234]);
        store().put(hash + "-640.jpg", PictureProcessor.JPEG_TYPE, new byte[56789]);

        Map<String, Long> sizes = store().sizes(List.of(hash + "-320.jpg", hash + "-640.jpg", hash + "-960.jpg"));

        assertThat(sizes).isEqualTo(new HashMap<>(Map.of(hash + "-320.jpg", 1234L, hash + "-640.jpg", 56789L)));
    }

    @Test
    default void deletedFilesAreGoneAndOthersStay() {
        String hash = freshHash();
        store().put(hash + ".jpg", PictureProcessor.JPEG_TYPE, new byte[] {1});
        store().put(hash + "-320.jpg", PictureProcessor.JPEG_TYPE, new byte[] {2});
        store().put(hash + "-320.webp", PictureProcessor.WEBP_TYPE, new byte[] {3});

        store().delete(List.of(hash + "-320.jpg", hash + "-320.webp", hash + "-640.jpg"));

        assertThat(store().keys(hash)).containsExactly(hash + ".jpg");
        assertThat(store().get(hash + "-320.jpg")).isEmpty();
        assertThat(store().sizes(List.of(hash + "-320.webp"))).isEmpty();
        assertThat(store().get(hash + ".jpg").orElseThrow().bytes()).containsExactly(1);
    }
}
