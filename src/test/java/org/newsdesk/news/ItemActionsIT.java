package org.newsdesk.news;

import org.newsdesk.AdminClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action of the item form, as an editor uses it and as readers then see the site: save as
 * draft, publish now, schedule, return to draft, withdraw, delete; the list and the preview.
 */
class ItemActionsIT extends IntegrationTest {

    @Test
    void saveDraftCreatesAPrivateDraftWithItsAuthorAndFirstRevision() {
        AdminClient.Response saved = admin.post("/admin/items", "title", "Migrant children in Guatemala",
                "summary", "A new shelter opens.", "body", "It has *forty* beds.", "tags", "Guatemala, Children",
                "action", "save");

        long id = idOf(saved);
        assertThat(saved.flash("flash")).isEqualTo("Draft saved.");
        Map<String, Object> row = item(id);
        assertThat(row).containsEntry("slug", "migrant-children-in-guatemala").containsEntry("status", "DRAFT")
                .containsEntry("created_by", "editor@example.org").containsEntry("updated_by", "editor@example.org")
                .containsEntry("body_html", "<p>It has <em>forty</em> beds.</p>");
        assertThat(row.get("published_at")).isNull();
        assertThat(jdbc.sql("select t.name from tags t join news_item_tags it on it.tag_id = t.id where it.news_item_id = ? order by t.name")
                .param(id).query(String.class).list()).containsExactly("Children", "Guatemala");
        assertThat(jdbc.sql("select kind || ' ' || saved_by from news_item_revisions where news_item_id = ?").param(id)
                .query(String.class).list()).containsExactly("SAVED editor@example.org");
        assertThat(http.get("/news/migrant-children-in-guatemala").statusCode()).isEqualTo(404);

        Document edit = admin.get("/admin/items/" + id).html();
        assertThat(edit.selectFirst(".item-state .status").text()).isEqualTo("Draft");
        assertThat(edit.select(".actions button").eachText()).containsExactly("Save draft", "Publish now", "Schedule");
        assertThat(edit.selectFirst("#title").val()).isEqualTo("Migrant children in Guatemala");
        assertThat(edit.selectFirst("#tags").val()).isEqualTo("Children, Guatemala");
    }

    @Test
    void publishNowMakesTheItemPublicAtOnce() {
        long id = idOf(admin.post("/admin/items", "title", "Published at once", "summary", "Now.", "action", "publish"));

        assertThat(item(id)).containsEntry("status", "PUBLISHED");
        assertThat(instant(id, "published_at")).isEqualTo(NOW);
        assertThat(instant(id, "first_published_at")).isEqualTo(NOW);
        HttpResponse<String> page = http.get("/news/published-at-once");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Http.html(page).selectFirst("h1").text()).isEqualTo("Published at once");
        assertThat(Http.html(http.get("/")).select("article.card h2").eachText()).containsExactly("Published at once");
    }

    @Test
    void publishingWithAPastDateAndTimeKeepsThem() {
        AdminClient.Response published = admin.post("/admin/items", "title", "An old item", "summary", "From 2017.",
                "date", "2017-12-04", "time", "10:00", "action", "publish");

        long id = idOf(published);
        // 10:00 in Costa Rica (UTC-6)
        assertThat(instant(id, "published_at")).isEqualTo(Instant.parse("2017-12-04T16:00:00Z"));
        assertThat(published.flash("flash")).isEqualTo("Published: “An old item” is public at /news/an-old-item.");
        assertThat(Http.html(http.get("/news/an-old-item")).selectFirst("article time").text()).isEqualTo("4 December 2017");
    }

    @Test
    void publishNowWithAFutureDateIsRefusedWithAMessageAtTheDate() {
        AdminClient.Response refused = admin.post("/admin/items", "title", "Too early", "summary", "Soon.",
                "date", "2026-06-20", "action", "publish");

        assertThat(refused.status()).isEqualTo(200);
        Document form = refused.html();
        assertThat(form.selectFirst("#date-error").text()).startsWith("This date is in the future. Use “Schedule”");
        assertThat(form.selectFirst("#date").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#title").val()).isEqualTo("Too early");
        assertThat(count("news_items")).isZero();
    }

    @Test
    void aScheduledItemAppearsByItselfAtItsInstant() {
        long id = idOf(admin.post("/admin/items", "title", "Coming on Tuesday", "summary", "Soon.", "action", "save"));

        AdminClient.Response scheduled = admin.post("/admin/items/" + id, edit(id, "date", "2026-06-16", "time", "09:00",
                "action", "schedule"));

        assertThat(scheduled.flash("flash")).isEqualTo("Scheduled: “Coming on Tuesday” will be published on 16 June 2026 at 09:00.");
        assertThat(item(id)).containsEntry("status", "PUBLISHED");
        assertThat(instant(id, "published_at")).isEqualTo(Instant.parse("2026-06-16T15:00:00Z"));
        assertThat(item(id).get("first_published_at")).isNull();
        assertThat(http.get("/news/coming-on-tuesday").statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/items").html().selectFirst("td .status").text()).isEqualTo("Scheduled");
        assertThat(admin.get("/admin/items/" + id).html().select(".actions button").eachText())
                .containsExactly("Save changes", "Publish now", "Schedule", "Return to draft");

        clock.set(Instant.parse("2026-06-16T14:59:59Z"));
        assertThat(http.get("/news/coming-on-tuesday").statusCode()).isEqualTo(404);
        clock.set(Instant.parse("2026-06-16T15:00:00Z"));
        assertThat(http.get("/news/coming-on-tuesday").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/items").html().selectFirst("td .status").text()).isEqualTo("Published");
    }

    @Test
    void schedulingNeedsATimeAndAMomentInTheFuture() {
        long id = idOf(admin.post("/admin/items", "title", "Not yet", "summary", "Soon.", "action", "save"));

        Document noTime = admin.post("/admin/items/" + id, edit(id, "date", "2026-06-16", "action", "schedule")).html();
        assertThat(noTime.selectFirst("#time-error").text()).isEqualTo("To schedule the item, give both a date and a time.");

        Document past = admin.post("/admin/items/" + id, edit(id, "date", "2026-06-15", "time", "05:59", "action", "schedule")).html();
        assertThat(past.selectFirst("#date-error").text())
                .isEqualTo("To schedule the item, give a date and time in the future, or use “Publish now”.");
        assertThat(past.selectFirst("#time").val()).isEqualTo("05:59");
        assertThat(item(id)).containsEntry("status", "DRAFT").containsEntry("version", 0L);
    }

    @Test
    void returnToDraftTakesAPublishedItemOffTheSite() {
        long id = idOf(admin.post("/admin/items", "title", "Second thoughts", "summary", "Hmm.", "action", "publish"));
        clock.advance(Duration.ofHours(1));

        AdminClient.Response drafted = admin.post("/admin/items/" + id, edit(id, "action", "return-to-draft"));

        assertThat(drafted.flash("flash")).isEqualTo("Returned to draft: “Second thoughts” is no longer public.");
        assertThat(item(id)).containsEntry("status", "DRAFT");
        assertThat(instant(id, "first_published_at")).isEqualTo(NOW);
        assertThat(http.get("/news/second-thoughts").statusCode()).isEqualTo(404);
        assertThat(Http.html(http.get("/")).select("article.card")).isEmpty();
    }

    @Test
    void withdrawingAPublishedItemMakesItsAddressAnswerGoneWithTheNote() {
        long id = idOf(admin.post("/admin/items", "title", "Wrong figures", "summary", "Oops.", "action", "publish"));
        Document edit = admin.get("/admin/items/" + id).html();
        assertThat(edit.select(".actions button").eachText()).containsExactly("Save changes", "Return to draft", "Withdraw");

        AdminClient.Response withdrawn = admin.post("/admin/items/" + id,
                AdminClient.formValues(edit, "form.item-form", "withdrawalNote", "The figures were wrong.", "action", "withdraw"));

        assertThat(withdrawn.flash("flash")).asString().startsWith("Withdrawn: “Wrong figures” is off the site");
        assertThat(item(id)).containsEntry("status", "WITHDRAWN").containsEntry("withdrawal_note", "The figures were wrong.");
        HttpResponse<String> gone = http.get("/news/wrong-figures");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(Http.html(gone).text()).contains("The figures were wrong.");
        assertThat(admin.get("/admin/items/" + id).html().select(".actions button").eachText())
                .containsExactly("Save changes", "Publish again", "Return to draft");
    }

    @Test
    void aDraftCannotBeWithdrawn() {
        long id = idOf(admin.post("/admin/items", "title", "Just a draft", "summary", "Draft.", "action", "save"));

        Document refused = admin.post("/admin/items/" + id, edit(id, "action", "withdraw")).html();

        assertThat(refused.select(".error-summary li").eachText())
                .containsExactly("A draft is not public, so there is nothing to withdraw. You can delete it instead.");
        assertThat(item(id)).containsEntry("status", "DRAFT");
    }

    @Test
    void aDraftIsDeletedAfterConfirmationWithItsHistory() {
        long id = idOf(admin.post("/admin/items", "title", "Delete me", "summary", "Draft.", "action", "save"));

        Document confirm = admin.get("/admin/items/" + id + "/delete").html();
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Delete this draft?");
        AdminClient.Response deleted = admin.post("/admin/items/" + id + "/delete",
                AdminClient.formValues(confirm, "main form"));

        assertThat(deleted.redirect()).isEqualTo("/admin/items");
        assertThat(deleted.flash("flash")).isEqualTo("Deleted the draft “Delete me”.");
        assertThat(count("news_items")).isZero();
        assertThat(count("news_item_revisions")).isZero();
        assertThat(admin.get("/admin/items/" + id).status()).isEqualTo(404);
    }

    @Test
    void aPublishedItemIsNeverDeletedButWithdrawn() {
        NewsItem published = news.published("Still public", NOW.minus(Duration.ofDays(2)));

        Document confirm = admin.get("/admin/items/" + published.getId() + "/delete").html();
        assertThat(confirm.select("main form")).isEmpty();
        assertThat(confirm.selectFirst("main .note").text()).startsWith("Only drafts can be deleted.");

        AdminClient.Response refused = admin.post("/admin/items/" + published.getId() + "/delete", "version", "0");

        assertThat(refused.redirect()).isEqualTo("/admin/items/" + published.getId());
        assertThat(refused.flash("flashError")).asString()
                .isEqualTo("Only drafts can be deleted. A published item is withdrawn instead, so that links to it tell readers what happened.");
        assertThat(count("news_items")).isOne();
        assertThat(http.get("/news/still-public").statusCode()).isEqualTo(200);
    }

    @Test
    void deletingWithAnOldVersionDeletesNothing() {
        long id = idOf(admin.post("/admin/items", "title", "Changed meanwhile", "summary", "Draft.", "action", "save"));
        admin.as("Ana Pérez").post("/admin/items/" + id, edit(id, "summary", "Changed by Ana."));

        AdminClient.Response refused = admin.post("/admin/items/" + id + "/delete", "version", "0");

        assertThat(refused.flash("flashError")).asString().startsWith("Ana Pérez changed this item on 15 June 2026 at 06:00.");
        assertThat(count("news_items")).isOne();
    }

    @Test
    void theListShowsEveryItemNewestFirstWithStatusDateTagsAndLastEditor() {
        news.published("Published last week", NOW.minus(Duration.ofDays(7)), "Mexico");
        news.withdrawn("Withdrawn long ago", NOW.minus(Duration.ofDays(300)), "Wrong");
        news.published("Scheduled for next week", NOW.plus(Duration.ofDays(7)));
        admin.as("Ana Pérez").post("/admin/items", "title", "A fresh draft", "summary", "Draft.", "tags", "Guatemala, Mexico");

        Document list = admin.get("/admin/items").html();

        assertThat(list.select("tbody tr td:first-child a").eachText()).containsExactly(
                "Scheduled for next week", "A fresh draft", "Published last week", "Withdrawn long ago");
        assertThat(list.select("tbody tr td:nth-child(2)").eachText())
                .containsExactly("Scheduled", "Draft", "Published", "Withdrawn");
        assertThat(list.select("tbody tr").get(1).select("td").get(2).text()).isEqualTo("No date");
        assertThat(list.select("tbody tr").get(1).select("td").get(3).text()).isEqualTo("Guatemala, Mexico");
        assertThat(list.select("tbody tr").get(1).select("td").get(4).text()).startsWith("Ana Pérez");
        assertThat(list.select("tbody tr").get(2).select("td").get(2).text()).isEqualTo("8 June 2026, 06:00");
        assertThat(list.selectFirst("p.count").text()).isEqualTo("4 items");
    }

    @Test
    void theListFiltersByStatusTagAndText() {
        news.published("Trafficking workshop in Chiapas", NOW.minus(Duration.ofDays(7)), "Mexico");
        news.published("Returns from the north", NOW.minus(Duration.ofDays(8)), "Guatemala");
        news.draft("Draft about Chiapas", "Mexico");
        news.published("Scheduled item", NOW.plus(Duration.ofDays(1)));

        assertThat(titles("/admin/items?status=draft")).containsExactly("Draft about Chiapas");
        assertThat(titles("/admin/items?status=scheduled")).containsExactly("Scheduled item");
        assertThat(titles("/admin/items?status=published")).containsExactly("Trafficking workshop in Chiapas", "Returns from the north");
        assertThat(titles("/admin/items?tag=mexico")).containsExactlyInAnyOrder("Trafficking workshop in Chiapas", "Draft about Chiapas");
        assertThat(titles("/admin/items?q=chiapas&status=published")).containsExactly("Trafficking workshop in Chiapas");
        // The summary is searched too, and wildcards typed by the editor are taken literally.
        assertThat(titles("/admin/items?q={q}", "Summary of Returns")).containsExactly("Returns from the north");
        assertThat(titles("/admin/items?q={q}", "%")).isEmpty();
        assertThat(titles("/admin/items?q={q}", "_")).isEmpty();
        assertThat(admin.get("/admin/items?q=nothing").html().selectFirst("p.empty").text()).isEqualTo("No item matches these filters.");
        Document filtered = admin.get("/admin/items?status=draft&tag=mexico").html();
        assertThat(filtered.selectFirst("#filter-status option[selected]").val()).isEqualTo("draft");
        assertThat(filtered.selectFirst("#filter-tag option[selected]").val()).isEqualTo("mexico");
    }

    @Test
    void theListIsPaginatedKeepingTheFilters() {
        news.publishedSeries(30, NOW.minus(Duration.ofHours(1)), "Mexico");

        Document first = admin.get("/admin/items?tag=mexico").html();
        assertThat(first.select("tbody tr")).hasSize(25);
        assertThat(first.selectFirst("nav.pagination a[rel=next]").attr("href")).isEqualTo("/admin/items?tag=mexico&page=2");

        Document second = admin.get("/admin/items?tag=mexico&page=2").html();
        assertThat(second.select("tbody tr")).hasSize(5);
        assertThat(second.selectFirst("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/admin/items?tag=mexico");
        assertThat(admin.get("/admin/items?page=3").status()).isEqualTo(404);
        assertThat(admin.get("/admin/items?page=abc").status()).isEqualTo(404);
    }

    @Test
    void thePreviewIsThePublicPageMarkedAndNotIndexedForDraftsToo() {
        long id = idOf(admin.post("/admin/items", "title", "Preview me", "summary", "Not public yet.",
                "body", "## Details\n\nMore *text*.", "tags", "Mexico", "action", "save"));

        Document preview = admin.get("/admin/items/" + id + "/preview").html();

        assertThat(preview.selectFirst(".preview-banner").text())
                .isEqualTo("Preview. This is a draft: readers cannot see it. Back to editing");
        assertThat(preview.selectFirst(".preview-banner a").attr("href")).isEqualTo("/admin/items/" + id);
        assertThat(preview.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(preview.selectFirst("article.item h1").text()).isEqualTo("Preview me");
        assertThat(preview.selectFirst("article.item .body").html()).isEqualTo("<h2>Details</h2>\n<p>More <em>text</em>.</p>");

        // Once published, the preview shows exactly what readers get.
        admin.post("/admin/items/" + id, edit(id, "action", "publish"));
        Document published = admin.get("/admin/items/" + id + "/preview").html();
        Document page = Http.html(http.get("/news/preview-me"));
        assertThat(published.selectFirst("article.item").outerHtml()).isEqualTo(page.selectFirst("article.item").outerHtml());
        assertThat(page.select(".preview-banner")).isEmpty();
        // Indexable: the only robots line is the large-image preview every public page offers (issue 13).
        assertThat(page.select("meta[name=robots]").eachAttr("content")).containsExactly("max-image-preview:large");
    }

    @Test
    void unknownItemsAndActionsAreErrorsNotSaves() {
        assertThat(admin.get("/admin/items/999").status()).isEqualTo(404);
        assertThat(admin.get("/admin/items/abc").status()).isEqualTo(404);
        assertThat(admin.post("/admin/items", "title", "T", "summary", "S", "action", "explode").status()).isEqualTo(400);
        assertThat(count("news_items")).isZero();
    }

    @Test
    void theAdminNeedsASignedInUser() {
        assertThat(mvc.get().uri("/admin/items").exchange().getResponse().getStatus()).isIn(302, 401, 403);
        assertThat(mvc.post().uri("/admin/items").param("title", "T").param("summary", "S").exchange().getResponse().getStatus())
                .isIn(302, 401, 403);
        assertThat(count("news_items")).isZero();
    }

    /** The edit form of the item as it is now, with some values changed. */
    private Map<String, String> edit(long id, String... overrides) {
        return AdminClient.formValues(admin.get("/admin/items/" + id).html(), "form.item-form", overrides);
    }

    private java.util.List<String> titles(String uri, Object... uriVariables) {
        return admin.get(uri, uriVariables).html().select("tbody tr td:first-child a").eachText();
    }

    private static long idOf(AdminClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.redirect().substring("/admin/items/".length()));
    }

    private Map<String, Object> item(long id) {
        return jdbc.sql("select * from news_items where id = ?").param(id).query().singleRow();
    }

    private Instant instant(long id, String column) {
        java.sql.Timestamp value = jdbc.sql("select " + column + " from news_items where id = ?").param(id)
                .query(java.sql.Timestamp.class).single();
        return value == null ? null : value.toInstant();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
