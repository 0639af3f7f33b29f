package org.newsdesk.media;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.newsdesk.IntegrationTest;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The media library and the files it serves, on the real database, through the editors' screens. */
class MediaLibraryIT extends IntegrationTest {

    static final Duration VARIANTS = TestPictures.VARIANTS_MADE;

    @BeforeEach
    void noPictures() {
        news.clearPictures();
    }

    static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "image/jpeg", bytes);
    }

    long upload(String name, byte[] bytes) {
        var response = admin.upload("/admin/media", file(name, bytes));
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.redirect()).matches("/admin/media/\\d+");
        return Long.parseLong(response.redirect().substring("/admin/media/".length()));
    }

    PictureView picture(long id) {
        return jdbc.sql("select id, hash, width, height, alt_text, caption, credit, focal_x, focal_y, variants_ready, crops_focal from pictures where id = ?")
                .param(id)
                .query((rs, row) -> new PictureView(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10), rs.getString(11)))
                .single();
    }

    PictureView ready(long id) {
        TestPictures.awaitVariants(jdbc, () -> picture(id).variantsReady());
        return picture(id);
    }

    HttpResponse<byte[]> fetch(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void eachAcceptedTypeIsUploadedAndServedInEveryWidthAsWebpAndJpeg() {
        for (var upload : List.of(file("photo.jpg", TestPictures.jpeg(2400, 1600)),
                new MockMultipartFile("files", "drawing.png", "image/png", TestPictures.png(1000, 500)),
                new MockMultipartFile("files", "photo.webp", "image/webp", TestPictures.webp(700, 700)))) {
            var response = admin.upload("/admin/media", upload);
            assertThat(response.status()).isEqualTo(302);
        }
        List<Long> ids = jdbc.sql("select id from pictures order by id").query(Long.class).list();
        assertThat(ids).hasSize(3);
        PictureView large = ready(ids.get(0));
        assertThat(large.widths()).containsExactly(320, 640, 960, 1280, 1920);
        for (int width : large.widths()) {
            HttpResponse<byte[]> webp = fetch(large.path(width, "webp"));
            assertThat(webp.statusCode()).isEqualTo(200);
            assertThat(webp.headers().firstValue("Content-Type")).hasValue("image/webp");
            assertThat(new String(webp.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(TestPictures.read(webp.body()).getWidth()).isEqualTo(width);
            HttpResponse<byte[]> jpeg = fetch(large.path(width, "jpg"));
            assertThat(jpeg.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(TestPictures.read(jpeg.body()).getWidth()).isEqualTo(width);
            assertThat(TestPictures.read(jpeg.body()).getHeight()).isEqualTo(large.heightAt(width));
        }
        // Never enlarged: a 1000 px picture stops at its own width.
        assertThat(ready(ids.get(1)).widths()).containsExactly(320, 640, 960, 1000);
        assertThat(fetch(ready(ids.get(1)).path(1280, "webp")).statusCode()).isEqualTo(404);
        assertThat(ready(ids.get(2)).widths()).containsExactly(320, 640, 700);
        // The crops, for sharing and structured data.
        PictureView.Image share = large.crop(Crop.SHARE).orElseThrow();
        assertThat(share.width()).isEqualTo(1200);
        assertThat(TestPictures.read(fetch(share.path()).body()).getHeight()).isEqualTo(630);
        for (Crop crop : List.of(Crop.WIDE, Crop.STANDARD, Crop.SQUARE)) {
            PictureView.Image image = large.crop(crop).orElseThrow();
            var read = TestPictures.read(fetch(image.path()).body());
            assertThat(read.getWidth()).isEqualTo(1200);
            assertThat(read.getHeight()).isEqualTo(image.height());
        }
    }

    @Test
    void filesAreImmutableWithAnEtagAnd304AndNosniff() {
        PictureView picture = ready(upload("photo.jpg", TestPictures.jpeg(800, 600)));
        HttpResponse<byte[]> first = fetch(picture.path(320, "webp"));
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(first.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = fetch(picture.path(320, "webp"), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        // The master and unknown names are not served; nor is anything outside the naming scheme.
        assertThat(fetch("/media/" + picture.hash() + ".jpg").statusCode()).isEqualTo(404);
        assertThat(fetch("/media/" + "0".repeat(20) + "-320.webp").statusCode()).isEqualTo(404);
        assertThat(fetch("/media/../application.properties").statusCode()).isBetween(400, 404);
    }

    @Test
    void untilTheVariantsExistPagesUseTheFallbackMadeAtUpload() {
        long id = upload("photo.jpg", TestPictures.jpeg(2000, 1000));
        PictureView picture = picture(id);
        // Whether the background job has run or not, the fallback (1280 px JPEG) exists from the upload on.
        HttpResponse<byte[]> fallback = fetch(picture.fallbackPath());
        assertThat(fallback.statusCode()).isEqualTo(200);
        assertThat(TestPictures.read(fallback.body()).getWidth()).isEqualTo(1280);
        PictureView waiting = new PictureView(id, picture.hash(), 2000, 1000, "", "", "", 50, 50, false, null);
        assertThat(waiting.jpegSrcset()).isEqualTo(picture.fallbackPath() + " 1280w");
        assertThat(waiting.webpSrcset()).isEmpty();
        assertThat(waiting.sharing().path()).isEqualTo(picture.fallbackPath());
    }

    @Test
    void metadataIsReallyGoneFromEveryStoredFile() {
        PictureView picture = ready(upload("secret.jpg", TestPictures.jpegWithMetadata(1400, 1000, 6)));
        assertThat(picture.width()).isEqualTo(1000);
        assertThat(picture.height()).isEqualTo(1400);
        List<byte[]> files = jdbc.sql("select bytes from media_files").query(byte[].class).list();
        assertThat(files).hasSizeGreaterThan(10);
        for (byte[] file : files) {
            String text = new String(file, StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain(TestPictures.SECRET).doesNotContain("Exif").doesNotContain("EXIF")
                    .doesNotContain("XMP").doesNotContain("http://ns.adobe.com");
        }
        // Read back through the site, the 640 px variant is upright: portrait, red corner at the top right.
        byte[] variant = fetch(picture.path(640, "webp")).body();
        assertThat(TestPictures.read(variant).getHeight()).isEqualTo(896);
        assertThat(PictureProcessorTests.isRed(TestPictures.colourAt(variant, 0.97, 0.03))).isTrue();
    }

    @Test
    void eachRefusalIsSaidForItsFileAndNothingIsKept() {
        var response = admin.upload("/admin/media", new MockMultipartFile("files", "logo.svg", "image/svg+xml", TestPictures.svg()));
        assertThat(response.flash("flashError")).asString().contains("logo.svg").contains("SVG");
        response = admin.upload("/admin/media", file("bomb.png", TestPictures.pngClaiming(50_000, 50_000)));
        assertThat(response.flash("flashError")).asString().contains("bomb.png").contains("too many pixels");
        response = admin.upload("/admin/media", file("broken.jpg", TestPictures.corruptJpeg()));
        assertThat(response.flash("flashError")).asString().contains("broken.jpg").contains("could not be read");
        response = admin.upload("/admin/media", file("notes.jpg", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(response.flash("flashError")).asString().contains("notes.jpg").contains("not a JPEG, PNG or WebP");
        response = admin.upload("/admin/media", file("huge.jpg", new byte[26 * 1024 * 1024]));
        assertThat(response.flash("flashError")).asString().contains("huge.jpg").contains("larger than 25 MB");
        response = admin.upload("/admin/media", file("moving.png", TestPictures.animatedPng()));
        assertThat(response.flash("flashError")).asString().contains("moving.png").contains("Animated");
        assertThat(jdbc.sql("select count(*) from pictures").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from media_files").query(Long.class).single()).isZero();
    }

    @Test
    void severalFilesAtOnceKeepTheGoodOnesAndNameTheRefusedOnes() {
        var request = mvc.post().uri("/admin/media").multipart()
                .file(file("one.jpg", TestPictures.jpeg(300, 200)))
                .file(file("two.png", TestPictures.png(300, 300)))
                .file(new MockMultipartFile("files", "three.svg", "image/svg+xml", TestPictures.svg()))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("editor@example.org").roles("EDITOR"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        assertThat(request.getResponse().getRedirectedUrl()).isEqualTo("/admin/media");
        assertThat(request.getMvcResult().getFlashMap().get("flash")).asString().contains("2 pictures added");
        assertThat(request.getMvcResult().getFlashMap().get("flashError")).asString().contains("three.svg");
        assertThat(jdbc.sql("select count(*) from pictures").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theLibraryShowsSearchesAndDescribesPictures() {
        long harbour = upload("harbour.jpg", TestPictures.jpeg(640, 480));
        long border = upload("border.png", TestPictures.png(500, 500));
        var saved = admin.post("/admin/media/" + harbour, "altText", "Boats in the harbour of Puntarenas", "caption",
                "Morning at the port", "credit", "Ana Pérez / IOM", "focalX", "30", "focalY", "70");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(picture(harbour).credit()).isEqualTo("Ana Pérez / IOM");
        assertThat(picture(harbour).focalX()).isEqualTo(30);

        Document library = admin.get("/admin/media").html();
        assertThat(library.select(".media-grid li")).hasSize(2);
        assertThat(library.select(".media-grid img").first().attr("width")).isEqualTo("320");
        // Each thumbnail's link is named by its caption once, not again by the image's alt text.
        assertThat(library.select(".media-grid img").eachAttr("alt")).containsOnly("");
        assertThat(library.select(".media-grid a .media-caption").eachText()).doesNotContain("");
        Document found = admin.get("/admin/media?q=puntarenas").html();
        assertThat(found.select(".media-grid li")).hasSize(1);
        assertThat(found.select(".media-grid a").attr("href")).isEqualTo("/admin/media/" + harbour);
        assertThat(admin.get("/admin/media?q=port").html().select(".media-grid li")).hasSize(1);
        assertThat(admin.get("/admin/media?q=nothing-like-this").html().select(".media-grid li")).isEmpty();

        Document details = admin.get("/admin/media/" + border).html();
        assertThat(details.select("input[name=focalX]").attr("value")).isEqualTo("50");
        // The picture on its page has its alt text, and an empty one (not none) until it is described.
        assertThat(details.selectFirst("#focal-picture img").hasAttr("alt")).isTrue();
        assertThat(details.selectFirst("#focal-picture img").attr("alt")).isEmpty();
        assertThat(admin.get("/admin/media/" + harbour).html().selectFirst("#focal-picture img").attr("alt"))
                .isEqualTo("Boats in the harbour of Puntarenas");
        var refused = admin.post("/admin/media/" + border, "altText", "x".repeat(301), "caption", "", "credit", "", "focalX", "150", "focalY", "20");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select("#altText-error").text()).contains("300");
        assertThat(refused.html().select("#focalX-error").text()).contains("0 to 100");
        assertThat(refused.html().select("input[name=focalY]").attr("value")).isEqualTo("20");
        assertThat(admin.get("/admin/media/999999").status()).isEqualTo(404);
        assertThat(admin.get("/admin/media/abc").status()).isEqualTo(404);
    }

    @Test
    void aNewFocalPointMakesNewCropsAtNewAddresses() {
        long id = upload("wide.jpg", TestPictures.jpeg(3000, 1000));
        PictureView before = ready(id);
        String oldSquare = before.crop(Crop.SQUARE).orElseThrow().path();
        admin.post("/admin/media/" + id, "altText", "A wide view", "caption", "", "credit", "", "focalX", "0", "focalY", "0");
        TestPictures.awaitVariants(jdbc, () -> picture(id).crop(Crop.SQUARE).isPresent());
        String newSquare = picture(id).crop(Crop.SQUARE).orElseThrow().path();
        assertThat(newSquare).isNotEqualTo(oldSquare);
        assertThat(PictureProcessorTests.isRed(TestPictures.colourAt(fetch(newSquare).body(), 0.01, 0.01))).isTrue();
        assertThat(fetch(oldSquare).statusCode()).isEqualTo(404);
    }

    @Test
    void replacingKeepsTheTextAndRemovesTheOldFiles() {
        long id = upload("first.jpg", TestPictures.jpeg(800, 600));
        admin.post("/admin/media/" + id, "altText", "First", "caption", "", "credit", "", "focalX", "50", "focalY", "50");
        PictureView first = ready(id);
        var replaced = admin.upload("/admin/media/" + id + "/replace", file("second.png", TestPictures.png(600, 800)));
        assertThat(replaced.redirect()).isEqualTo("/admin/media/" + id);
        PictureView second = ready(id);
        assertThat(second.hash()).isNotEqualTo(first.hash());
        assertThat(second.altText()).isEqualTo("First");
        assertThat(second.width()).isEqualTo(600);
        assertThat(fetch(first.path(320, "jpg")).statusCode()).isEqualTo(404);
        assertThat(fetch(second.path(320, "jpg")).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnusedPictureIsDeletedWithItsFiles() {
        long id = upload("gone.jpg", TestPictures.jpeg(400, 300));
        PictureView picture = ready(id);
        var deleted = admin.post("/admin/media/" + id + "/delete");
        assertThat(deleted.redirect()).isEqualTo("/admin/media");
        assertThat(jdbc.sql("select count(*) from pictures").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from media_files").query(Long.class).single()).isZero();
        assertThat(fetch(picture.path(320, "webp")).statusCode()).isEqualTo(404);
    }
}
