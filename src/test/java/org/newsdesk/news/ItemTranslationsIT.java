package org.newsdesk.news;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsdesk.AdminClient;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.media.TestPictures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items as translations of each other from the editors' side (issue 14): "Translate" makes a linked
 * draft in the other language, publishing one never publishes the other, an existing item can be
 * linked by choosing it or by its address, and unlinked; every refusal is shown and changes nothing.
 */
class ItemTranslationsIT extends IntegrationTest {

    private static final Instant DECEMBER_4 = Instant.parse("2017-12-04T16:00:00Z");

    @Autowired
    Pictures pictures;

    @Test
    void translateMakesALinkedDraftInTheOtherLanguageWithTheTopicsDateAndLeadPicture() {
        PictureView harbour = aPicture();
        NewsItem english = news.published("Consular fair in San José", DECEMBER_4, "Costa Rica", "Consular services");
        news.write("update news_items set lead_picture_id = ? where id = ?", harbour.id(), english.getId());

        Document page = admin.get("/admin/items/" + english.getId() + "/translation").html();
        assertThat(page.selectFirst("h2#translate-title").text()).isEqualTo("Translate into Spanish");
        AdminClient.Response translated = admin.post("/admin/items/" + english.getId() + "/translation/translate");

        long spanish = translated.redirectedId();
        assertThat(translated.flash("flash").toString()).startsWith("A new Spanish draft, linked to the item you came from.");
        assertThat(jdbc.sql("select language || ' ' || status || ' ' || (translation_group = ?) || ' ' || lead_picture_id from news_items where id = ?")
                .params(english.getId(), spanish).query(String.class).single()).isEqualTo("es DRAFT true " + harbour.id());
        assertThat(group(english.getId())).isEqualTo(group(spanish));
        assertThat(jdbc.sql("select published_at from news_items where id = ?").param(spanish).query(Instant.class).single())
                .isEqualTo(DECEMBER_4);
        assertThat(tagNames(spanish)).containsExactly("Consular services", "Costa Rica");
        assertThat(audit.actions()).containsExactly("ITEM_CREATED", "ITEM_TRANSLATION_LINKED");

        Document form = admin.get("/admin/items/" + spanish).html();
        assertThat(form.select("input[name=language][checked]").eachAttr("value")).containsExactly("es");
        assertThat(form.selectFirst("#title").val()).isEqualTo("Consular fair in San José");
        assertThat(form.selectFirst("#date").val()).isEqualTo("2017-12-04");
        Document english2 = admin.get("/admin/items/" + english.getId() + "/translation").html();
        assertThat(english2.selectFirst(".translation-linked a").attr("href")).isEqualTo("/admin/items/" + spanish);
        assertThat(english2.selectFirst(".translation-linked .status").text()).isEqualTo("Draft");

        // Once is enough.
        AdminClient.Response again = admin.post("/admin/items/" + english.getId() + "/translation/translate");
        assertThat(again.flash("flashError")).isEqualTo("This item has a translation already.");
        assertThat(news.count()).isEqualTo(2);
    }

    /**
     * A "Translate" draft's address follows its title, as a new item's does: its slug field is empty
     * (the copied English title made it), so saving the Spanish title makes the Spanish slug; a slug
     * the editor types then stays, and once public the address no longer follows the title.
     */
    @Test
    void aTranslationDraftsAddressFollowsItsSpanishTitleUntilTheEditorTypesOne() {
        NewsItem english = news.published("Consular fair in San José", DECEMBER_4, "Costa Rica");
        long spanish = admin.post("/admin/items/" + english.getId() + "/translation/translate").redirectedId();
        assertThat(slug(spanish)).isEqualTo("consular-fair-in-san-jose-2");
        Document form = admin.get("/admin/items/" + spanish).html();
        assertThat(form.selectFirst("#slug").val()).isEmpty();

        admin.post("/admin/items/" + spanish, AdminClient.formValues(form, "form.item-form",
                "title", "Feria consular en San José", "summary", "El sábado.", "action", "save"));
        assertThat(slug(spanish)).isEqualTo("feria-consular-en-san-jose");
        form = admin.get("/admin/items/" + spanish).html();
        assertThat(form.selectFirst("#slug").val()).isEmpty();

        admin.post("/admin/items/" + spanish, AdminClient.formValues(form, "form.item-form", "slug", "feria-consular", "action", "save"));
        form = admin.get("/admin/items/" + spanish).html();
        assertThat(form.selectFirst("#slug").val()).isEqualTo("feria-consular");
        admin.post("/admin/items/" + spanish, AdminClient.formValues(form, "form.item-form", "title", "Feria consular 2026",
                "action", "publish"));
        assertThat(slug(spanish)).isEqualTo("feria-consular");
        assertThat(http.get("/es/noticias/feria-consular").statusCode()).isEqualTo(200);

        // Public now: the form shows the address, and a new title does not move it.
        long other = admin.post("/admin/items", "title", "Border post", "summary", "S.", "action", "publish").redirectedId();
        Document published = admin.get("/admin/items/" + other).html();
        assertThat(published.selectFirst("#slug").val()).isEqualTo("border-post");
        admin.post("/admin/items/" + other, AdminClient.formValues(published, "form.item-form", "title", "Border post reopens",
                "action", "save"));
        assertThat(slug(other)).isEqualTo("border-post");
    }

    private String slug(long id) {
        return jdbc.sql("select slug from news_items where id = ?").param(id).query(String.class).single();
    }

    @Test
    void publishingOneLanguageNeverPublishesTheOther() {
        long english = admin.post("/admin/items", "title", "Consular fair", "summary", "On Saturday.", "date", "2026-06-10",
                "action", "save").redirectedId();
        long spanish = admin.post("/admin/items/" + english + "/translation/translate").redirectedId();
        Document form = admin.get("/admin/items/" + spanish).html();

        AdminClient.Response published = admin.post("/admin/items/" + spanish, AdminClient.formValues(form, "form.item-form",
                "title", "Feria consular", "slug", "feria-consular", "summary", "El sábado.", "action", "publish"));

        assertThat(published.status()).isEqualTo(302);
        assertThat(status(spanish)).isEqualTo("PUBLISHED");
        assertThat(status(english)).isEqualTo("DRAFT");
        assertThat(http.get("/es/noticias/feria-consular").statusCode()).isEqualTo(200);
        assertThat(http.get("/news/consular-fair").statusCode()).isEqualTo(404);
        // The Spanish page has no English counterpart while the English item is a draft.
        assertThat(Http.html(http.get("/es/noticias/feria-consular")).select("link[rel=alternate][hreflang=en]")).isEmpty();

        Document englishForm = admin.get("/admin/items/" + english).html();
        admin.post("/admin/items/" + english, AdminClient.formValues(englishForm, "form.item-form", "action", "publish"));
        assertThat(status(english)).isEqualTo("PUBLISHED");
        assertThat(Http.html(http.get("/es/noticias/feria-consular")).selectFirst("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("https://news.example.org/news/consular-fair");

        admin.post("/admin/items/" + english, AdminClient.formValues(admin.get("/admin/items/" + english).html(), "form.item-form",
                "action", "return-to-draft"));
        assertThat(status(english)).isEqualTo("DRAFT");
        assertThat(status(spanish)).isEqualTo("PUBLISHED");
    }

    @Test
    void anExistingItemIsLinkedByChoosingItOrByItsAddress() {
        NewsItem english = news.published("Consular fair", DECEMBER_4);
        NewsItem spanish = news.publishedInSpanish("Feria consular", DECEMBER_4);
        NewsItem otherSpanish = news.publishedInSpanish("Otra noticia", DECEMBER_4.minus(Duration.ofDays(1)));

        Document page = admin.get("/admin/items/" + english.getId() + "/translation").html();
        assertThat(page.select("#candidate option").eachText()).containsExactly("Feria consular", "Otra noticia");
        AdminClient.Response linked = admin.post("/admin/items/" + english.getId() + "/translation/link",
                "candidate", String.valueOf(spanish.getId()), "address", "");

        assertThat(linked.redirect()).isEqualTo("/admin/items/" + english.getId() + "/translation");
        assertThat(linked.flash("flash")).isEqualTo("Linked to “Feria consular”.");
        assertThat(group(english.getId())).isNotNull().isEqualTo(group(spanish.getId()));
        assertThat(group(otherSpanish.getId())).isNull();
        assertThat(audit.entries()).hasSize(1);
        assertThat(audit.entries().get(0)).contains("ITEM_TRANSLATION_LINKED").contains("item " + english.getId());
        assertThat(Http.html(http.get("/news/consular-fair")).selectFirst("link[rel=alternate][hreflang=es]").attr("href"))
                .isEqualTo("https://news.example.org/es/noticias/feria-consular");

        // Unlink: both items stay, neither is a translation any more.
        AdminClient.Response unlinked = admin.post("/admin/items/" + spanish.getId() + "/translation/unlink");
        assertThat(unlinked.flash("flash")).isEqualTo("Unlinked from “Consular fair”. Both items stay as they were.");
        assertThat(group(english.getId())).isNull();
        assertThat(group(spanish.getId())).isNull();
        assertThat(status(english.getId())).isEqualTo("PUBLISHED");
        assertThat(status(spanish.getId())).isEqualTo("PUBLISHED");
        assertThat(audit.actions()).containsExactly("ITEM_TRANSLATION_LINKED", "ITEM_TRANSLATION_UNLINKED");
        assertThat(Http.html(http.get("/news/consular-fair")).select("link[rel=alternate][hreflang=es]")).isEmpty();

        // By its address, public or as a slug, from either side.
        for (String address : List.of("https://news.example.org/es/noticias/otra-noticia?x=1", "/es/noticias/otra-noticia/", "otra-noticia")) {
            assertThat(admin.post("/admin/items/" + english.getId() + "/translation/link", "address", address).status()).isEqualTo(302);
            assertThat(group(english.getId())).as(address).isNotNull().isEqualTo(group(otherSpanish.getId()));
            admin.post("/admin/items/" + english.getId() + "/translation/unlink");
        }
        assertThat(admin.post("/admin/items/" + otherSpanish.getId() + "/translation/unlink").flash("flashError"))
                .isEqualTo("This item has no translation to unlink.");
    }

    @Test
    void linkingIsRefusedForTheSameLanguageAnItemAlreadyLinkedItselfOrNoItem() {
        NewsItem english = news.published("Consular fair", DECEMBER_4);
        NewsItem otherEnglish = news.published("Another English item", DECEMBER_4);
        NewsItem spanish = news.publishedInSpanish("Feria consular", DECEMBER_4);
        NewsItem linkedEnglish = news.published("Linked already", DECEMBER_4);
        news.linkTranslations(linkedEnglish, spanish);

        assertRefused(english, "another-english-item", "“Another English item” is in the same language as this item.");
        assertRefused(english, "/es/noticias/feria-consular", "“Feria consular” or this item has a translation already: unlink it first.");
        assertRefused(english, "consular-fair", "An item cannot be its own translation.");
        assertRefused(english, "/es/noticias/nothing-here", "No item has the address “/es/noticias/nothing-here”.");
        for (String hostile : List.of("\u0000", "'; drop table news_items; --", "x".repeat(5000), "%00", "http://[::1")) {
            assertThat(admin.post("/admin/items/" + english.getId() + "/translation/link", "address", hostile).status())
                    .as(hostile).isEqualTo(200);
        }
        assertThat(admin.post("/admin/items/" + english.getId() + "/translation/link", "candidate", "abc").status()).isEqualTo(200);
        assertThat(group(english.getId())).isNull();
        assertThat(group(otherEnglish.getId())).isNull();
        assertThat(audit.entries()).isEmpty();
        assertThat(admin.get("/admin/items/99999/translation").status()).isEqualTo(404);
        assertThat(admin.post("/admin/items/99999/translation/translate").status()).isEqualTo(404);
        assertThat(admin.post("/admin/items/" + english.getId() + "/translation/link", "address", "99999").status()).isEqualTo(200);
    }

    private void assertRefused(NewsItem item, String address, String message) {
        AdminClient.Response refused = admin.post("/admin/items/" + item.getId() + "/translation/link", "address", address);
        assertThat(refused.status()).as(address).isEqualTo(200);
        Document page = refused.html();
        assertThat(page.selectFirst("#address-error").text()).isEqualTo(message);
        assertThat(page.selectFirst("#address").val()).isEqualTo(address);
        assertThat(page.selectFirst("#address").attr("aria-invalid")).isEqualTo("true");
    }

    private PictureView aPicture() {
        news.clearPictures();
        byte[] jpeg = TestPictures.jpeg(640, 480);
        return pictures.upload(new Pictures.Upload(jpeg.length, new ByteArrayResource(jpeg)), ADMIN_CLIENT_EDITOR);
    }

    private Long group(long id) {
        return jdbc.sql("select translation_group from news_items where id = ?").param(id).query(Long.class).optional().orElse(null);
    }

    private String status(long id) {
        return jdbc.sql("select status from news_items where id = ?").param(id).query(String.class).single();
    }

    private List<String> tagNames(long id) {
        return jdbc.sql("select t.name from tags t join news_item_tags it on it.tag_id = t.id where it.news_item_id = ? order by t.name")
                .param(id).query(String.class).list();
    }
}
