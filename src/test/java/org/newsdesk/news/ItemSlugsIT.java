package org.newsdesk.news;

import org.newsdesk.AdminClient;
import org.newsdesk.IntegrationTest;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Slugs made from titles, their collisions, and what happens to old addresses when a slug changes. */
class ItemSlugsIT extends IntegrationTest {

    @Test
    void theSlugIsMadeFromTheTitleWithAccentsTransliterated() {
        assertThat(slugOf(create("Migración en Centroamérica"))).isEqualTo("migracion-en-centroamerica");
        assertThat(slugOf(create("¿Qué hacen los niños & niñas?"))).isEqualTo("que-hacen-los-ninos-and-ninas");
        assertThat(slugOf(create("¡¿…?!"))).isEqualTo("item");
    }

    @Test
    void collidingSlugsGetANumberAlsoAgainstOldSlugsOfOtherItems() {
        assertThat(slugOf(create("Border report"))).isEqualTo("border-report");
        assertThat(slugOf(create("Border report"))).isEqualTo("border-report-2");
        assertThat(slugOf(create("Border  Report!"))).isEqualTo("border-report-3");

        NewsItem renamed = news.published("Annual figures", NOW.minus(Duration.ofDays(3)));
        news.renameSlug(renamed, "annual-figures-2025");
        // "annual-figures" still leads to the renamed item, so a new item cannot take it.
        assertThat(slugOf(create("Annual figures"))).isEqualTo("annual-figures-2");
    }

    @Test
    void aLongTitleMakesASlugOfAtMost120CharactersEvenWithANumber() {
        String title = "Regional conference on the protection of migrant children and adolescents travelling alone "
                + "through Central America and Mexico towards the north";

        String first = slugOf(create(title));
        String second = slugOf(create(title));

        assertThat(first.length()).isLessThanOrEqualTo(120);
        assertThat(first).startsWith("regional-conference-on-the-protection").doesNotEndWith("-");
        assertThat(second).endsWith("-2").hasSizeLessThanOrEqualTo(120);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aSlugTypedByTheEditorIsKeptOrRefusedWhenTakenNeverChangedSilently() {
        long id = create("Any title", "slug", "my-own-address");
        assertThat(slugOf(id)).isEqualTo("my-own-address");

        Document taken = admin.post("/admin/items", "title", "Another", "summary", "S.", "slug", "my-own-address").html();
        assertThat(taken.selectFirst("#slug-error").text())
                .isEqualTo("The address /news/my-own-address belongs to another item. Choose another one, or leave the field empty to make one from the title.");
        assertThat(taken.selectFirst("#slug").val()).isEqualTo("my-own-address");

        NewsItem renamed = news.published("Old address", NOW.minus(Duration.ofDays(3)));
        news.renameSlug(renamed, "new-address");
        Document old = admin.post("/admin/items", "title", "Another", "summary", "S.", "slug", "old-address").html();
        assertThat(old.selectFirst("#slug-error").text()).startsWith("The address /news/old-address belongs to another item.");
    }

    @Test
    void changingTheSlugOfAPublicItemKeepsTheOldAddressRedirecting() {
        long id = create("First name", "action", "publish");

        AdminClient.Response saved = admin.post("/admin/items/" + id, edit(id, "slug", "better-name"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(slugOf(id)).isEqualTo("better-name");
        assertThat(oldSlugs()).containsExactly(Map.of("slug", "first-name", "news_item_id", id));
        HttpResponse<String> old = http.get("/news/first-name");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/news/better-name");
        assertThat(http.get("/news/better-name").statusCode()).isEqualTo(200);
        // The edit page warns about it before the next change.
        assertThat(admin.get("/admin/items/" + id).html().selectFirst("#slug-public").text())
                .isEqualTo("This item has been public: if you change its address, the old one will lead readers to the new one.");
    }

    @Test
    void aPublicItemCanTakeBackASlugItHadBefore() {
        long id = create("Back and forth", "action", "publish");
        admin.post("/admin/items/" + id, edit(id, "slug", "forth"));

        admin.post("/admin/items/" + id, edit(id, "slug", "back-and-forth"));

        assertThat(slugOf(id)).isEqualTo("back-and-forth");
        assertThat(oldSlugs()).containsExactly(Map.of("slug", "forth", "news_item_id", id));
        assertThat(http.get("/news/back-and-forth").statusCode()).isEqualTo(200);
        assertThat(http.get("/news/forth").headers().firstValue("Location").orElseThrow()).endsWith("/news/back-and-forth");
    }

    @Test
    void aScheduledItemThatWentLiveWithoutASaveStillKeepsItsOldSlug() {
        long id = create("Goes live alone");
        admin.post("/admin/items/" + id, edit(id, "date", "2026-06-15", "time", "07:00", "action", "schedule"));
        clock.set(Instant.parse("2026-06-15T13:30:00Z"));

        admin.post("/admin/items/" + id, edit(id, "slug", "went-live"));

        assertThat(oldSlugs()).containsExactly(Map.of("slug", "goes-live-alone", "news_item_id", id));
        assertThat(http.get("/news/goes-live-alone").statusCode()).isEqualTo(301);
    }

    @Test
    void theSlugOfAnItemNobodyCouldSeeChangesWithoutATrace() {
        long id = create("Draft title");

        admin.post("/admin/items/" + id, edit(id, "title", "Better draft title", "slug", ""));

        assertThat(slugOf(id)).isEqualTo("better-draft-title");
        assertThat(oldSlugs()).isEmpty();
        assertThat(http.get("/news/draft-title").statusCode()).isEqualTo(404);
    }

    @Test
    void resavingWithAnEmptySlugKeepsTheOneTheTitleAlreadyGave() {
        create("Same title");
        long second = create("Same title");
        assertThat(slugOf(second)).isEqualTo("same-title-2");

        admin.post("/admin/items/" + second, edit(second, "slug", ""));

        assertThat(slugOf(second)).isEqualTo("same-title-2");
    }

    private long create(String title, String... more) {
        Map<String, String> params = AdminClient.params("title", title, "summary", "Summary.", "action", "save");
        params.putAll(AdminClient.params(more));
        AdminClient.Response response = admin.post("/admin/items", params);
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.redirect().substring("/admin/items/".length()));
    }

    private Map<String, String> edit(long id, String... overrides) {
        return AdminClient.formValues(admin.get("/admin/items/" + id).html(), "form.item-form", overrides);
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from news_items where id = ?").param(id).query(String.class).single();
    }

    private List<Map<String, Object>> oldSlugs() {
        return jdbc.sql("select slug, news_item_id from news_item_slugs order by slug").query().listOfRows();
    }
}
