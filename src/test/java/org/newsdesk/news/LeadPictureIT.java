package org.newsdesk.news;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.newsdesk.AdminClient;
import org.newsdesk.IntegrationTest;
import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.media.TestPictures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/** An item's lead picture through the item form: chosen from the library or uploaded, alt text before publishing, and the library's delete rules. */
class LeadPictureIT extends IntegrationTest {

    @Autowired
    Pictures pictures;

    @BeforeEach
    void noPictures() {
        news.clearPictures();
    }

    PictureView picture(int width, int height, String altText) {
        byte[] bytes = TestPictures.jpeg(width, height);
        PictureView picture = pictures.upload(new Pictures.Upload(bytes.length, new ByteArrayResource(bytes)), "editor@example.org");
        pictures.describe(picture.id(), new Pictures.Details(altText, "", "", 50, 50), "editor@example.org");
        return pictures.find(picture.id()).orElseThrow();
    }

    Long leadPictureOf(long id) {
        return jdbc.sql("select lead_picture_id from news_items where id = ?").param(id).query(Long.class).optional().orElse(null);
    }

    static long idOf(AdminClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.redirect().substring("/admin/items/".length()));
    }

    @Test
    void theFormOffersTheLibrarysPicturesAndSavesTheChosenOne() {
        PictureView harbour = picture(800, 600, "Boats in the harbour");
        Document form = admin.get("/admin/items/new").html();
        assertThat(form.select("form.item-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[name=leadPicture]").eachAttr("value")).containsExactly("", String.valueOf(harbour.id()));
        assertThat(form.select("input[name=leadPicture][value=''][checked]")).hasSize(1);

        long id = idOf(admin.post("/admin/items", "title", "Boats return", "summary", "The fleet is back.",
                "leadPicture", String.valueOf(harbour.id()), "action", "publish"));
        assertThat(leadPictureOf(id)).isEqualTo(harbour.id());
        Document edit = admin.get("/admin/items/" + id).html();
        assertThat(edit.select("input[name=leadPicture][checked]").attr("value")).isEqualTo(String.valueOf(harbour.id()));
        // Saving without changing the choice keeps it; choosing "none" removes it.
        var kept = admin.post("/admin/items/" + id, AdminClient.formValues(edit, "form.item-form", "action", "save",
                "leadPicture", String.valueOf(harbour.id())));
        assertThat(kept.status()).isEqualTo(302);
        assertThat(leadPictureOf(id)).isEqualTo(harbour.id());
        edit = admin.get("/admin/items/" + id).html();
        admin.post("/admin/items/" + id, AdminClient.formValues(edit, "form.item-form", "action", "save", "leadPicture", ""));
        assertThat(leadPictureOf(id)).isNull();
    }

    @Test
    void altTextIsRequiredBeforeAnItemWithThePictureIsPublished() {
        PictureView unnamed = picture(800, 600, "");
        var refused = admin.post("/admin/items", "title", "Shelter opens", "summary", "Forty beds.", "body", "More *text*.",
                "tags", "Guatemala", "leadPicture", String.valueOf(unnamed.id()), "action", "publish");
        assertThat(refused.status()).isEqualTo(200);
        Document page = refused.html();
        assertThat(page.select("#leadPicture-error").text()).contains("no alt text");
        assertThat(page.select("#title").val()).isEqualTo("Shelter opens");
        assertThat(page.select("#body").text()).isEqualTo("More *text*.");
        assertThat(page.select("input[name=leadPicture][checked]").attr("value")).isEqualTo(String.valueOf(unnamed.id()));
        assertThat(news.count()).isZero();
        // A draft may wait for its alt text; scheduling may not.
        long id = idOf(admin.post("/admin/items", "title", "Shelter opens", "summary", "Forty beds.",
                "leadPicture", String.valueOf(unnamed.id()), "action", "save"));
        Document edit = admin.get("/admin/items/" + id).html();
        var schedule = admin.post("/admin/items/" + id, AdminClient.formValues(edit, "form.item-form", "action", "schedule",
                "date", "2026-07-01", "time", "10:00"));
        assertThat(schedule.html().select("#leadPicture-error").text()).contains("no alt text");
        pictures.describe(unnamed.id(), new Pictures.Details("Beds in a new shelter", "", "", 50, 50), "editor@example.org");
        var published = admin.post("/admin/items/" + id, AdminClient.formValues(edit, "form.item-form", "action", "publish"));
        assertThat(published.status()).isEqualTo(302);
    }

    @Test
    void aPictureUploadedWithTheFormBecomesTheLeadPicture() {
        var saved = admin.upload("/admin/items", new MockMultipartFile("leadPictureFile", "shelter.png", "image/png", TestPictures.png(900, 600)),
                "title", "New shelter", "summary", "It opens.", "action", "save");
        long id = idOf(saved);
        Long picture = leadPictureOf(id);
        assertThat(picture).isNotNull();
        assertThat(pictures.find(picture).orElseThrow().width()).isEqualTo(900);
    }

    @Test
    void aRefusedUploadIsSaidNextToTheFieldAndNothingTypedIsLost() {
        var refused = admin.upload("/admin/items", new MockMultipartFile("leadPictureFile", "logo.svg", "image/svg+xml", TestPictures.svg()),
                "title", "New shelter", "summary", "It opens.", "body", "Long text typed with care.", "tags", "Guatemala", "action", "save");
        assertThat(refused.status()).isEqualTo(200);
        Document page = refused.html();
        assertThat(page.select("#leadPicture-error").text()).contains("SVG");
        assertThat(page.select(".error-summary a[href=#leadPicture]").text()).contains("SVG");
        assertThat(page.select("#title").val()).isEqualTo("New shelter");
        assertThat(page.select("#body").text()).isEqualTo("Long text typed with care.");
        assertThat(page.select("#tags").val()).isEqualTo("Guatemala");
        assertThat(news.count()).isZero();
    }

    /** Each refusal (wrong type, too large, too many pixels, corrupt) says why, and every other field of the form comes back as typed. */
    @Test
    void everyRefusalOfAnUploadKeepsEveryOtherFieldOfTheForm() {
        PictureView harbour = picture(800, 600, "Boats in the harbour");
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("not a JPEG, PNG or WebP", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("larger than 25 MB", new byte[26 * 1024 * 1024]);
        files.put("too many pixels", TestPictures.pngClaiming(50_000, 50_000));
        files.put("could not be read as a picture", TestPictures.corruptJpeg());
        files.forEach((message, bytes) -> {
            var refused = admin.upload("/admin/items", new MockMultipartFile("leadPictureFile", "upload.jpg", "image/jpeg", bytes),
                    "title", "Nuevo albergue", "summary", "Abre hoy.", "body", "Texto largo.", "tags", "Guatemala, México",
                    "slug", "nuevo-albergue", "date", "2026-06-10", "time", "08:30", "language", "es",
                    "leadPicture", String.valueOf(harbour.id()), "action", "publish");
            assertThat(refused.status()).as(message).isEqualTo(200);
            Document page = refused.html();
            assertThat(page.select("#leadPicture-error").text()).as(message).contains(message);
            assertThat(page.select("#title").val()).isEqualTo("Nuevo albergue");
            assertThat(page.select("#summary").text()).isEqualTo("Abre hoy.");
            assertThat(page.select("#body").text()).isEqualTo("Texto largo.");
            assertThat(page.select("#tags").val()).isEqualTo("Guatemala, México");
            assertThat(page.select("#slug").val()).isEqualTo("nuevo-albergue");
            assertThat(page.select("#date").val()).isEqualTo("2026-06-10");
            assertThat(page.select("#time").val()).isEqualTo("08:30");
            assertThat(page.select("input[name=language][checked]").attr("value")).isEqualTo("es");
            // The picture chosen before stays chosen; the new-item form keeps its creation token.
            assertThat(page.select("input[name=leadPicture][checked]").attr("value")).isEqualTo(String.valueOf(harbour.id()));
            assertThat(page.select("input[name=creationToken]").val()).isNotEmpty();
        });
        assertThat(news.count()).isZero();
        assertThat(jdbc.sql("select count(*) from pictures").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPictureInUseCannotBeDeletedAndSaysWhichItemsUseIt() {
        PictureView harbour = picture(800, 600, "Boats in the harbour");
        long first = idOf(admin.post("/admin/items", "title", "Boats return", "summary", "Back.",
                "leadPicture", String.valueOf(harbour.id()), "action", "save"));
        idOf(admin.post("/admin/items", "title", "Fishing season", "summary", "Opens.",
                "leadPicture", String.valueOf(harbour.id()), "action", "save"));

        Document details = admin.get("/admin/media/" + harbour.id()).html();
        assertThat(details.select(".media-uses a").eachText()).containsExactly("Boats return", "Fishing season");
        assertThat(details.select(".media-uses a").first().attr("href")).isEqualTo("/admin/items/" + first);
        assertThat(details.select("#delete-form")).isEmpty();
        var refused = admin.post("/admin/media/" + harbour.id() + "/delete");
        assertThat(refused.flash("flashError")).asString().contains("used by items");
        assertThat(pictures.find(harbour.id())).isPresent();
        assertThat(admin.get("/admin/media?unused=true").html().select(".media-grid li")).isEmpty();

        // Deleting an item never deletes its picture, which another item still uses.
        Document edit = admin.get("/admin/items/" + first).html();
        var deleted = admin.post("/admin/items/" + first + "/delete", "version", edit.select("input[name=version]").val());
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(pictures.find(harbour.id())).isPresent();
        assertThat(admin.get("/admin/media/" + harbour.id()).html().select(".media-uses a").eachText()).containsExactly("Fishing season");
    }
}
