package org.newsdesk.news;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.media.TestPictures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Library pictures placed in an item's text ({@code ![label](media:42)}): how editors place them,
 * what readers and feed readers get, alt text before publishing, and the library's delete rules.
 */
class BodyPicturesIT extends IntegrationTest {

    @Autowired
    Pictures pictures;

    PictureView harbour;

    @BeforeEach
    void aPictureInTheLibrary() {
        news.clearPictures();
        harbour = picture("Boats in the harbour of Puntarenas");
        pictures.describe(harbour.id(), new Pictures.Details("Boats in the harbour of Puntarenas", "Morning <at> the port.",
                "Ana Pérez / IOM", 50, 50), "editor@example.org");
        TestPictures.awaitVariants(jdbc, () -> pictures.find(harbour.id()).orElseThrow().variantsReady());
        harbour = pictures.find(harbour.id()).orElseThrow();
    }

    PictureView picture(String altText) {
        byte[] bytes = TestPictures.jpeg(1600, 1000);
        PictureView picture = pictures.upload(new Pictures.Upload(bytes.length, new ByteArrayResource(bytes)), "editor@example.org");
        pictures.describe(picture.id(), new Pictures.Details(altText, "", "", 50, 50), "editor@example.org");
        return pictures.find(picture.id()).orElseThrow();
    }

    long publish(String title, String body) {
        var saved = admin.post("/admin/items", "title", title, "summary", "A summary.", "body", body, "action", "publish");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        return Long.parseLong(saved.redirect().substring("/admin/items/".length()));
    }

    @Test
    void editorsFindTheReferenceAndReadersGetThePictureInPlace() {
        // Without JavaScript the library shows the line to copy; the item form has a button per picture that writes it.
        assertThat(admin.get("/admin/media/" + harbour.id()).html().select("input#reference").val())
                .isEqualTo("![Boats in the harbour of Puntarenas](media:" + harbour.id() + ")");
        Element insert = admin.get("/admin/items/new").html().selectFirst("button.insert-picture");
        assertThat(insert.attr("data-reference")).isEqualTo("![Boats in the harbour of Puntarenas](media:" + harbour.id() + ")");
        assertThat(insert.hasAttr("hidden")).isTrue();

        publish("Boats return", "The fleet came back.\n\n![the boats](media:" + harbour.id() + ")\n\n"
                + "Small ![inline](media:" + harbour.id() + ") picture.");
        Document page = Http.html(http.get("/news/boats-return"));
        Element figure = page.selectFirst(".body figure.body-picture");
        Element img = figure.selectFirst("picture img");
        // The library's alt text, not the label typed in brackets.
        assertThat(img.attr("alt")).isEqualTo("Boats in the harbour of Puntarenas");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("1000");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("src")).isEqualTo(harbour.fallbackPath());
        assertThat(img.attr("srcset")).contains(harbour.path(640, "jpg") + " 640w");
        assertThat(figure.select("source[type=image/webp]").attr("srcset")).contains(harbour.path(640, "webp") + " 640w");
        assertThat(figure.select("figcaption .caption").text()).isEqualTo("Morning <at> the port.");
        assertThat(figure.select("figcaption .credit").text()).isEqualTo("Ana Pérez / IOM");
        assertThat(page.select(".body p").last().select("picture img").attr("alt")).isEqualTo("Boats in the harbour of Puntarenas");
        assertThat(figure.parent().hasClass("body")).isTrue();
        assertThat(page.html()).doesNotContain("media:");
        assertThat(http.get(img.attr("src")).statusCode()).isEqualTo(200);

        // Feeds carry a JPEG at its absolute address.
        // (This item has no lead picture: the address is there for the pictures in its text.)
        Document rss = Jsoup.parse(http.get("/feed.xml").body(), "", Parser.xmlParser());
        Document body = Jsoup.parseBodyFragment(rss.select("item").first().select("*").stream()
                .filter(element -> element.ownText().contains("<img")).findFirst().orElseThrow().ownText());
        assertThat(body.select("img").eachAttr("src")).containsOnly("https://news.example.org" + harbour.fallbackPath()).hasSize(2);
        assertThat(body.select("img").eachAttr("alt")).containsOnly("Boats in the harbour of Puntarenas");
        assertThat(http.get("/feed.json").body()).contains("https://news.example.org" + harbour.fallbackPath()).doesNotContain("media:");

        // A new caption shows at once: the page is made from the picture as it is now.
        pictures.describe(harbour.id(), new Pictures.Details("Boats in the harbour of Puntarenas", "Evening at the port.", "", 50, 50),
                "editor@example.org");
        assertThat(Http.html(http.get("/news/boats-return")).select(".body figcaption").text()).isEqualTo("Evening at the port.");

        // The picture is in use: it says where, and it cannot be deleted.
        assertThat(admin.get("/admin/media/" + harbour.id()).html().select(".media-uses a").eachText()).containsExactly("Boats return");
        assertThat(admin.get("/admin/media?unused=true").html().select(".media-grid li")).isEmpty();
        admin.post("/admin/media/" + harbour.id() + "/delete");
        assertThat(pictures.find(harbour.id())).isPresent();
    }

    @Test
    void aPictureWithoutAltTextOrNotInTheLibraryIsRefusedWithTheTextKept() {
        PictureView unnamed = picture("");
        String body = "Text typed with care.\n\n![](media:" + unnamed.id() + ")";
        var refused = admin.post("/admin/items", "title", "Shelter opens", "summary", "Forty beds.", "body", body, "action", "publish");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select("#body-error").text()).contains("picture " + unnamed.id()).contains("no alt text");
        assertThat(refused.html().select("#body").text()).isEqualTo(body);
        assertThat(news.count()).isZero();
        // A draft may wait for the alt text.
        var draft = admin.post("/admin/items", "title", "Shelter opens", "summary", "Forty beds.", "body", body, "action", "save");
        assertThat(draft.status()).isEqualTo(302);

        var unknown = admin.post("/admin/items", "title", "Another", "summary", "Text.", "body", "![x](media:999999)", "action", "save");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.html().select("#body-error").text()).contains("999999").contains("not in the media library");
        assertThat(news.count()).isEqualTo(1);
    }

    @Test
    void deletingAnItemNeverDeletesAPictureAnotherItemPlacesInItsText() {
        var draft = admin.post("/admin/items", "title", "Boats return", "summary", "Back.", "body", "![x](media:" + harbour.id() + ")",
                "action", "save");
        long first = Long.parseLong(draft.redirect().substring("/admin/items/".length()));
        publish("Fishing season", "Text, then ![x](media:" + harbour.id() + ") inline.");
        assertThat(admin.get("/admin/media/" + harbour.id()).html().select(".media-uses a").eachText())
                .containsExactly("Boats return", "Fishing season");
        Document edit = admin.get("/admin/items/" + first).html();
        var deleted = admin.post("/admin/items/" + first + "/delete", "version", edit.select("input[name=version]").val());
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(pictures.find(harbour.id())).isPresent();
        assertThat(admin.get("/admin/media/" + harbour.id()).html().select(".media-uses a").eachText()).containsExactly("Fishing season");
    }
}
