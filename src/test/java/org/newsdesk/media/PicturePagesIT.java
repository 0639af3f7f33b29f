package org.newsdesk.media;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.StatementLog;
import org.newsdesk.news.NewsItem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What readers and crawlers get of pictures: thumbnails in listings, the lead picture on the item page, sharing and structured data. */
class PicturePagesIT extends IntegrationTest {

    static final String BASE = "https://news.example.org";
    static final Instant DAY = Instant.parse("2026-06-10T15:00:00Z");

    @Autowired
    Pictures pictures;

    @Autowired
    StatementLog statements;

    PictureView harbour;
    NewsItem withPicture;

    @BeforeEach
    void anItemWithALeadPicture() {
        news.clearPictures();
        byte[] bytes = TestPictures.jpeg(2400, 1600);
        PictureView uploaded = pictures.upload(new Pictures.Upload(bytes.length, new ByteArrayResource(bytes)), "editor@example.org");
        pictures.describe(uploaded.id(), new Pictures.Details("Boats in the harbour of Puntarenas", "Morning at the port.",
                "Ana Pérez / IOM", 40, 60), "editor@example.org");
        TestPictures.awaitVariants(jdbc, () -> pictures.find(uploaded.id()).orElseThrow().crop(Crop.SQUARE).isPresent());
        harbour = pictures.find(uploaded.id()).orElseThrow();
        news.published("An older item without a picture", DAY.minus(Duration.ofDays(2)), "Ports");
        withPicture = news.published("Boats return to the port", DAY, "Ports");
        news.write("update news_items set lead_picture_id = ? where id = ?", harbour.id(), withPicture.getId());
    }

    @Test
    void theItemPageLeadsWithThePictureItsCaptionAndCredit() {
        Document page = Http.html(http.get("/news/" + withPicture.getSlug()));
        Element figure = page.selectFirst("article.item figure.lead-picture");
        assertThat(figure).isNotNull();
        Element img = figure.selectFirst("picture img");
        assertThat(img.attr("alt")).isEqualTo("Boats in the harbour of Puntarenas");
        assertThat(img.attr("width")).isEqualTo("2048");
        assertThat(img.attr("height")).isEqualTo("1365");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.hasAttr("loading")).isFalse();
        assertThat(img.attr("src")).isEqualTo(harbour.path(1280, "jpg"));
        assertThat(img.attr("srcset")).contains(harbour.path(320, "jpg") + " 320w").contains(harbour.path(1920, "jpg") + " 1920w");
        Element webp = figure.selectFirst("picture source[type=image/webp]");
        assertThat(webp.attr("srcset")).contains(harbour.path(640, "webp") + " 640w");
        assertThat(webp.attr("sizes")).isEqualTo(img.attr("sizes")).isNotEmpty();
        assertThat(figure.select("figcaption .caption").text()).isEqualTo("Morning at the port.");
        assertThat(figure.select("figcaption .credit").text()).isEqualTo("Ana Pérez / IOM");
        // Every file the page names is served.
        for (String path : List.of(img.attr("src"), harbour.path(640, "webp"))) {
            assertThat(http.get(path).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void sharingAndStructuredDataUseTheCrops() {
        Document page = Http.html(http.get("/news/" + withPicture.getSlug()));
        PictureView.Image share = harbour.crop(Crop.SHARE).orElseThrow();
        assertThat(meta(page, "property", "og:image")).isEqualTo(BASE + share.path());
        assertThat(meta(page, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "property", "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "property", "og:image:alt")).isEqualTo("Boats in the harbour of Puntarenas");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "name", "twitter:image")).isEqualTo(BASE + share.path());
        assertThat(meta(page, "name", "robots")).isEqualTo("max-image-preview:large");
        JsonNode article = page.select("script[type=application/ld+json]").stream()
                .map(script -> JsonMapper.builder().build().readTree(script.data()))
                .filter(node -> node.path("@type").asString().equals("NewsArticle")).findFirst().orElseThrow();
        List<String> images = article.get("image").valueStream().map(JsonNode::asString).toList();
        assertThat(images).containsExactly(BASE + harbour.crop(Crop.WIDE).orElseThrow().path(),
                BASE + harbour.crop(Crop.STANDARD).orElseThrow().path(), BASE + harbour.crop(Crop.SQUARE).orElseThrow().path());
        for (String image : images) {
            var read = TestPictures.read(http.send(java.net.http.HttpRequest.newBuilder(http.uri(image.substring(BASE.length()))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body());
            assertThat(read.getWidth()).isGreaterThanOrEqualTo(1200);
        }
        // An item without a picture keeps the logo and the small card.
        Document plain = Http.html(http.get("/news/an-older-item-without-a-picture"));
        assertThat(meta(plain, "name", "twitter:card")).isEqualTo("summary");
        assertThat(plain.select("figure.lead-picture")).isEmpty();
    }

    @Test
    void listingsShowThumbnailsWhereItemsHaveAPicture() {
        Document home = Http.html(http.get("/"));
        Element lead = home.selectFirst(".cards article.card-lead");
        assertThat(lead.select(".card-title").text()).isEqualTo("Boats return to the port");
        assertThat(lead.select("picture img").attr("alt")).isEqualTo("Boats in the harbour of Puntarenas");
        // Above the fold and the page's largest paint: fetched first, not lazily.
        assertThat(lead.select("picture img").hasAttr("loading")).isFalse();
        assertThat(lead.select("picture img").attr("fetchpriority")).isEqualTo("high");
        assertThat(home.select(".cards article").get(1).select("picture")).isEmpty();
        for (String path : List.of("/tags/ports", "/archive/2026/06")) {
            Document listing = Http.html(http.get(path));
            assertThumbnail(listing.select(".cards article.has-picture").first());
            assertThat(listing.select(".cards article")).hasSize(2);
        }
    }

    /** A listing's card with the harbour's thumbnail. */
    private void assertThumbnail(Element card) {
        assertThat(card).isNotNull();
        assertThat(card.select(".card-title").text()).isEqualTo("Boats return to the port");
        Element img = card.selectFirst(".card-picture picture img");
        assertThat(img.attr("alt")).isEqualTo("Boats in the harbour of Puntarenas");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("width")).isEqualTo("2048");
        assertThat(img.attr("sizes")).contains("240px");
        assertThat(card.select("picture source[type=image/webp]").attr("srcset")).contains(harbour.path(320, "webp"));
    }

    @Test
    void searchResultsShowTheThumbnailInAFixedNumberOfStatements() {
        // Measured on the first request after a change: a repeated one is the page cache's, with no SQL at all.
        long withOne = searchStatements();
        Document found = Http.html(http.get("/search?q=port"));
        assertThumbnail(found.selectFirst(".cards article.has-picture"));
        assertThat(found.select(".cards article")).hasSize(2);
        assertThat(found.select(".cards article:not(.has-picture) picture")).isEmpty();

        // Every result with a picture: the same statements as with one (the pictures are joined in, no N+1).
        for (int i = 0; i < 6; i++) {
            NewsItem more = news.published("Port news " + i, DAY.minus(Duration.ofDays(3 + i)), "Ports");
            news.write("update news_items set lead_picture_id = ? where id = ?", harbour.id(), more.getId());
        }
        assertThat(searchStatements()).isEqualTo(withOne).isGreaterThan(1);
        assertThat(Http.html(http.get("/search?q=port")).select(".cards article.has-picture")).hasSize(7);
    }

    private long searchStatements() {
        statements.clear();
        assertThat(http.get("/search?q=port").statusCode()).isEqualTo(200);
        return statements.reads().size();
    }

    @Test
    void feedsAndSitemapsCarryThePicture() {
        String picture = BASE + harbour.jpegPath(1280);
        long bytes = http.send(java.net.http.HttpRequest.newBuilder(http.uri(harbour.jpegPath(1280))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body().length;
        Document rss = org.jsoup.Jsoup.parse(http.get("/feed.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        Element enclosure = rss.selectFirst("item enclosure");
        assertThat(enclosure.attr("url")).isEqualTo(picture);
        assertThat(enclosure.attr("type")).isEqualTo("image/jpeg");
        assertThat(enclosure.attr("length")).isEqualTo(String.valueOf(bytes));
        assertThat(rss.select("item")).hasSize(2);
        assertThat(rss.select("item enclosure")).hasSize(1);
        Document atom = org.jsoup.Jsoup.parse(http.get("/atom.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        Element link = atom.selectFirst("entry link[rel=enclosure]");
        assertThat(link.attr("href")).isEqualTo(picture);
        assertThat(link.attr("type")).isEqualTo("image/jpeg");
        JsonNode json = JsonMapper.builder().build().readTree(http.get("/feed.json").body());
        assertThat(json.get("items").get(0).get("image").asString()).isEqualTo(picture);
        assertThat(json.get("items").get(1).has("image")).isFalse();
        Document sitemap = org.jsoup.Jsoup.parse(http.get("/sitemap-news-2026-06.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(sitemap.select("url")).hasSize(2);
        Element withImage = sitemap.select("url").stream()
                .filter(url -> url.selectFirst("loc").text().endsWith("/news/" + withPicture.getSlug())).findFirst().orElseThrow();
        assertThat(withImage.select("image|image > image|loc").text()).isEqualTo(BASE + harbour.jpegPath(1920));
        assertThat(sitemap.selectFirst("urlset").attr("xmlns:image")).isEqualTo("http://www.google.com/schemas/sitemap-image/1.1");
    }

    private static String meta(Document page, String attribute, String name) {
        return page.select("meta[" + attribute + "=" + name + "]").attr("content");
    }
}
