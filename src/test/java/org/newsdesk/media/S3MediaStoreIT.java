package org.newsdesk.media;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 store against a real S3-compatible server ({@link S3CompatibleServer}, S3Proxy): the
 * contract every store keeps, and what is particular to an object store (a key prefix, listings
 * of more keys than one answer holds, a bucket that is not there).
 */
class S3MediaStoreIT implements MediaStoreContract {

    static S3CompatibleServer server;
    static String bucket;
    static S3MediaStore store;

    @BeforeAll
    static void startServer() {
        server = S3CompatibleServer.shared();
        bucket = server.createBucket("contract");
        store = S3MediaStore.connect(server.settings(bucket, "newsdesk/"));
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    public MediaStore store() {
        return store;
    }

    @Test
    void filesAreObjectsUnderThePrefixAndAStoreWithAnotherPrefixSeesNoneOfThem() {
        String hash = MediaStoreContract.freshHash();
        store.put(hash + "-320.webp", PictureProcessor.WEBP_TYPE, new byte[] {1, 2});

        try (S3Client client = server.client()) {
            var object = client.headObject(request -> request.bucket(bucket).key("newsdesk/" + hash + "-320.webp"));
            assertThat(object.contentType()).isEqualTo("image/webp");
            assertThat(object.contentLength()).isEqualTo(2);
        }
        try (S3MediaStore elsewhere = S3MediaStore.connect(server.settings(bucket, "other-site/"))) {
            assertThat(elsewhere.keys(hash)).isEmpty();
            assertThat(elsewhere.get(hash + "-320.webp")).isEmpty();
        }
    }

    @Test
    void keysAreListedPageAfterPage() {
        String hash = MediaStoreContract.freshHash();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            names.add(hash + "-" + i + ".jpg");
        }
        names.forEach(name -> store.put(name, PictureProcessor.JPEG_TYPE, new byte[] {1}));
        // S3 answers at most 1000 keys a request: pages of 3 make the store read three of them.
        try (S3MediaStore paged = new S3MediaStore(server.client(), bucket, "newsdesk/", 3)) {
            assertThat(paged.keys(hash)).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void aBucketThatDoesNotExistStopsTheStartSayingWhich() {
        assertThatThrownBy(() -> S3MediaStore.connect(server.settings("no-such-bucket", "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bucket 'no-such-bucket'")
                .hasMessageContaining("does not exist");
    }
}
