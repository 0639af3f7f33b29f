package org.newsdesk.media;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.SecondInstance;
import org.newsdesk.cluster.OwnDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A site whose pictures are in an S3-compatible object store ({@code newsdesk.media.store=s3},
 * S3Proxy here): its own instance on a database of its own, beside the tests' site, which keeps
 * them in PostgreSQL. The same upload gives the same files under the same {@code /media/…} names,
 * served with the same headers; the database holds none of them; a deletion removes the objects
 * only once it commits; a store that does not answer gives the site's 503 page, not a stack trace;
 * {@code store=s3} without a bucket does not start; and the files of a site that kept them in
 * PostgreSQL are copied to the bucket once.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3PicturesIT extends IntegrationTest {

    static final String PREFIX = "site/";

    static S3CompatibleServer server;
    static String bucket;
    static OwnDatabase database;
    static ConfigurableApplicationContext s3Site;
    static Http s3Http;

    @Autowired
    Pictures pictures;

    @BeforeAll
    static void startASiteWithPicturesInS3() {
        server = S3CompatibleServer.shared();
        bucket = server.createBucket("pictures");
        database = OwnDatabase.create("s3_pictures");
        s3Site = SecondInstance.start(Stream.concat(Stream.of("spring.datasource.url=" + database.url()),
                Stream.of(server.siteSettings(bucket, PREFIX))).toArray(String[]::new));
        s3Http = new Http(SecondInstance.port(s3Site));
    }

    @AfterAll
    static void stopTheSiteAndDropItsDatabase() {
        try {
            Optional.ofNullable(s3Site).ifPresent(ConfigurableApplicationContext::close);
        }
        finally {
            Optional.ofNullable(database).ifPresent(OwnDatabase::drop);
        }
    }

    @BeforeEach
    void noPicturesHere() {
        news.clearPictures();
    }

    @Test
    @Order(1)
    void anUploadsFilesAreObjectsOfTheBucketServedUnderTheSameNamesWithTheSameHeadersAsFromPostgresql() {
        byte[] photo = TestPictures.jpeg(2400, 1600);
        PictureView inS3 = uploadThere(photo);
        PictureView inPostgresql = pictures.upload(new Pictures.Upload(photo.length, new ByteArrayResource(photo)), "editor@example.org");
        TestPictures.awaitVariants(jdbc, () -> pictures.find(inPostgresql.id()).orElseThrow().variantsReady());
        assertThat(inS3.hash()).isEqualTo(inPostgresql.hash());

        Set<String> objects = objectNames(inS3.hash());
        Set<String> rows = new TreeSet<>(jdbc.sql("select key from media_files where key like ?")
                .param(inPostgresql.hash() + "%").query(String.class).list());
        assertThat(objects).as("the same files, as objects under the prefix").isEqualTo(rows).hasSize(1 + 5 * 2 + 4);
        assertThat(s3Jdbc().sql("select count(*) from media_files").query(Long.class).single())
                .as("no file in the S3 site's database").isZero();

        for (String name : objects) {
            if (name.equals(inS3.hash() + ".jpg")) {
                assertThat(s3Http.get(PictureView.PATH + name).statusCode()).as("the master is never served").isEqualTo(404);
                continue;
            }
            HttpResponse<byte[]> fromS3 = bytes(s3Http, PictureView.PATH + name);
            HttpResponse<byte[]> fromPostgresql = bytes(http, PictureView.PATH + name);
            assertThat(fromS3.statusCode()).as(name).isEqualTo(200);
            assertThat(fromS3.body()).as(name).isEqualTo(object(name));
            for (String header : List.of("Content-Type", "Content-Length", "Cache-Control", "ETag", "X-Content-Type-Options")) {
                assertThat(fromS3.headers().allValues(header)).as(header + " of " + name)
                        .isNotEmpty().isEqualTo(fromPostgresql.headers().allValues(header));
            }
        }
        String webp = PictureView.PATH + inS3.hash() + "-640.webp";
        HttpResponse<String> revalidated = s3Http.get(webp, "If-None-Match", '"' + inS3.hash() + "-640.webp\"");
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(TestPictures.read(bytes(s3Http, webp).body()).getWidth()).isEqualTo(640);
    }

    @Test
    @Order(2)
    void aFileNotInTheBucketIsTheSites404Page() {
        HttpResponse<String> missing = s3Http.get(PictureView.PATH + "0123456789abcdef0123-640.webp");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.html(missing).title()).contains("Page not found");
    }

    @Test
    @Order(3)
    void aDeletedPicturesObjectsGoOnlyOnceTheDeletionCommits() {
        PictureView picture = uploadThere(TestPictures.png(900, 600));
        Pictures there = s3Site.getBean(Pictures.class);
        int files = objectNames(picture.hash()).size();
        assertThat(files).isGreaterThan(1);

        s3Site.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            there.delete(picture.id());
            status.setRollbackOnly();
        });
        assertThat(there.find(picture.id())).isPresent();
        assertThat(objectNames(picture.hash())).as("a rolled-back deletion keeps every file").hasSize(files);

        there.delete(picture.id());

        assertThat(there.find(picture.id())).isEmpty();
        assertThat(objectNames(picture.hash())).isEmpty();
        assertThat(s3Http.get(PictureView.PATH + picture.hash() + "-320.webp").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void storeS3WithoutABucketDoesNotStartAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> SecondInstance.start("spring.datasource.url=" + database.url(), "newsdesk.media.store=s3"))
                .rootCause()
                .hasMessageContaining("newsdesk.media.store=s3 needs the bucket")
                .hasMessageContaining("newsdesk.media.s3.bucket");
    }

    @Test
    @Order(5)
    void theCopyFromPostgresqlWritesWhatTheBucketLacksOnceEvenWhenTwoRunAtOnce() throws Exception {
        // A site that kept its pictures in PostgreSQL has them as rows of media_files; one is in the bucket already.
        String hash = MediaStoreContract.freshHash();
        byte[] webp = TestPictures.webp(320, 200);
        byte[] jpeg = TestPictures.jpeg(320, 200);
        DatabaseMediaStore before = new DatabaseMediaStore(s3Jdbc());
        before.put(hash + ".jpg", PictureProcessor.JPEG_TYPE, jpeg);
        before.put(hash + "-320.jpg", PictureProcessor.JPEG_TYPE, jpeg);
        before.put(hash + "-320.webp", PictureProcessor.WEBP_TYPE, webp);
        s3Site.getBean(MediaStore.class).put(hash + ".jpg", PictureProcessor.JPEG_TYPE, jpeg);
        MediaFilesCopy copy = s3Site.getBean(MediaFilesCopy.class);

        CompletableFuture<MediaFilesCopy.Copied> one = CompletableFuture.supplyAsync(copy::copyFromPostgresql);
        CompletableFuture<MediaFilesCopy.Copied> other = CompletableFuture.supplyAsync(copy::copyFromPostgresql);

        assertThat(one.get().copied() + other.get().copied()).as("each file copied once").isEqualTo(2);
        assertThat(copy.copyFromPostgresql()).isEqualTo(new MediaFilesCopy.Copied(0, 3));
        assertThat(objectNames(hash)).containsExactly(hash + "-320.jpg", hash + "-320.webp", hash + ".jpg");
        HttpResponse<byte[]> served = bytes(s3Http, PictureView.PATH + hash + "-320.webp");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(served.body()).isEqualTo(webp);
        assertThat(object(hash + "-320.jpg")).isEqualTo(jpeg);
    }

    /** Last: it stops the server (the next test that needs one starts another). */
    @Test
    @Order(Integer.MAX_VALUE)
    void aStoreThatDoesNotAnswerGivesTheSites503PageAndOneLogLineWithoutAStackTrace(CapturedOutput output) {
        PictureView picture = uploadThere(TestPictures.jpeg(1000, 700));
        S3CompatibleServer.stop();

        String path = PictureView.PATH + picture.hash() + "-640.webp";
        HttpResponse<String> unavailable = s3Http.get(path);

        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(unavailable.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Http.html(unavailable).title()).contains("The site is busy");
        assertThat(unavailable.body()).doesNotContain("Exception", "amazon");
        assertThat(output.getAll()).contains("Answered GET " + path + " with 503: The object store failed to get")
                .doesNotContain("at org.newsdesk.media.S3MediaStore");
        assertThat(s3Http.get("/").statusCode()).as("pages themselves do not read the store").isEqualTo(200);
    }

    private PictureView uploadThere(byte[] file) {
        Pictures there = s3Site.getBean(Pictures.class);
        PictureView picture = there.upload(new Pictures.Upload(file.length, new ByteArrayResource(file)), "editor@example.org");
        TestPictures.awaitVariants(s3Jdbc(), () -> there.find(picture.id()).orElseThrow().variantsReady());
        return there.find(picture.id()).orElseThrow();
    }

    private static JdbcClient s3Jdbc() {
        return s3Site.getBean(JdbcClient.class);
    }

    /** The names of a picture's objects, as the site names its files (the prefix taken off). */
    private static Set<String> objectNames(String hash) {
        try (S3Client client = server.client()) {
            return client.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(PREFIX + hash)).contents().stream()
                    .map(S3Object::key).map(key -> key.substring(PREFIX.length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static byte[] object(String name) {
        try (S3Client client = server.client()) {
            return client.getObjectAsBytes(request -> request.bucket(bucket).key(PREFIX + name)).asByteArray();
        }
    }

    private static HttpResponse<byte[]> bytes(Http client, String path) {
        return client.send(java.net.http.HttpRequest.newBuilder(client.uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
