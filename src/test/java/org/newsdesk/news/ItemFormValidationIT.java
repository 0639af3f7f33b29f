package org.newsdesk.news;

import org.newsdesk.AdminClient;
import org.newsdesk.IntegrationTest;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item form refuses what the data model cannot hold, with a message next to the field, and
 * gives back everything that was typed; it cannot be used to set what it does not show.
 */
class ItemFormValidationIT extends IntegrationTest {

    @Test
    void everyMistakeGetsAMessageNextToItsFieldAndEverythingTypedStays() {
        String body = "Line one\r\n\r\n* a list\r\n";
        AdminClient.Response response = admin.post("/admin/items", "title", "", "summary", "x".repeat(1001),
                "body", body, "tags", "Mexico, " + "t".repeat(61), "slug", "Not A Slug", "date", "04/12/2017",
                "time", "25:00", "action", "save");

        assertThat(response.status()).isEqualTo(200);
        Document form = response.html();
        assertThat(error(form, "title")).isEqualTo("Give the item a title.");
        assertThat(error(form, "summary")).isEqualTo("The summary is too long: at most 1000 characters.");
        assertThat(error(form, "tags")).isEqualTo("The topic “" + "t".repeat(61) + "” is too long: a topic name has at most 60 characters.");
        assertThat(error(form, "slug")).startsWith("Use only lowercase letters a–z, digits and single hyphens");
        assertThat(error(form, "date")).isEqualTo("Type the date as year-month-day, for example 2017-12-04.");
        assertThat(error(form, "time")).isEqualTo("This time does not exist. Use hours 00–23 and minutes 00–59, for example 09:30.");
        // Each field says it is invalid and points to its message; the summary at the top links to the fields.
        Element title = form.selectFirst("#title");
        assertThat(title.attr("aria-invalid")).isEqualTo("true");
        assertThat(title.attr("aria-describedby")).isEqualTo("title-error");
        assertThat(form.selectFirst("#summary").attr("aria-describedby")).isEqualTo("summary-hint summary-error");
        assertThat(form.select(".error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#title", "#summary", "#tags", "#slug", "#date", "#time");
        // What was typed is all there, the body with its lines.
        assertThat(form.selectFirst("#summary").wholeText()).isEqualTo("x".repeat(1001));
        assertThat(form.selectFirst("#body").wholeText()).isEqualTo("Line one\n\n* a list");
        assertThat(form.selectFirst("#tags").val()).isEqualTo("Mexico, " + "t".repeat(61));
        assertThat(form.selectFirst("#slug").val()).isEqualTo("Not A Slug");
        assertThat(form.selectFirst("#date").val()).isEqualTo("04/12/2017");
        assertThat(form.selectFirst("#time").val()).isEqualTo("25:00");
        assertThat(form.selectFirst("#body").attr("aria-invalid")).isEmpty();
        assertThat(count()).isZero();
    }

    @Test
    void textIsTrimmedAndTheLimitsAreThoseOfTheDatabase() {
        long id = idOf(admin.post("/admin/items", "title", "  " + "T".repeat(200) + "  ", "summary", " " + "s".repeat(1000) + "\t",
                "body", "\r\n\r\n" + "b".repeat(100_000) + "  \r\n", "tags", "  Mexico  ,, ,  Trafficking   in persons ",
                "action", "save"));

        Map<String, Object> row = jdbc.sql("select title, summary, body_markdown from news_items where id = ?").param(id)
                .query().singleRow();
        assertThat(row.get("title")).isEqualTo("T".repeat(200));
        assertThat(row.get("summary")).isEqualTo("s".repeat(1000));
        assertThat(row.get("body_markdown")).isEqualTo("b".repeat(100_000));
        assertThat(jdbc.sql("select name from tags order by name").query(String.class).list())
                .containsExactly("Mexico", "Trafficking in persons");

        Document tooLong = admin.post("/admin/items", "title", "T".repeat(201), "summary", "s", "body", "b".repeat(100_001)).html();
        assertThat(error(tooLong, "title")).isEqualTo("The title is too long: at most 200 characters.");
        assertThat(error(tooLong, "body")).isEqualTo("The text is too long: at most 100000 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2025-02-29", "2026-6-1", "15 June 2026", "2026-06-15T10:00", "tomorrow"})
    void datesAreReadStrictlyAndABadOneIsAMessageNotAnError(String date) {
        AdminClient.Response response = admin.post("/admin/items", "title", "Dated", "summary", "S.", "date", date,
                "action", "publish");

        assertThat(response.status()).isEqualTo(200);
        Document form = response.html();
        assertThat(error(form, "date")).matches("(This date does not exist|Type the date as year-month-day).*");
        assertThat(form.selectFirst("#date").val()).isEqualTo(date);
        assertThat(count()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"24:00", "12:60", "9:30", "09.30", "noon"})
    void timesAreReadStrictly(String time) {
        Document form = admin.post("/admin/items", "title", "Timed", "summary", "S.", "date", "2026-06-14", "time", time,
                "action", "publish").html();

        assertThat(error(form, "time")).matches("(This time does not exist|Type the time as hours:minutes).*");
        assertThat(count()).isZero();
    }

    @Test
    void aTimeNeedsADate() {
        Document form = admin.post("/admin/items", "title", "Timed", "summary", "S.", "time", "10:00").html();

        assertThat(error(form, "date")).isEqualTo("Give the date for this time.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b[31m", "\u0085", "\u2028"})
    void controlCharactersAreRefusedInTitlesSummariesAndTags(String control) {
        Document form = admin.post("/admin/items", "title", "A" + control + "B", "summary", "S" + control + "T",
                "tags", "X" + control + "Y").html();

        assertThat(error(form, "title")).isEqualTo("Remove the invisible control characters (such as tabs) from this text.");
        assertThat(error(form, "summary")).isNotEmpty();
        assertThat(error(form, "tags")).isEqualTo("Remove the invisible control characters (such as tabs) from this text.");
        assertThat(count()).isZero();
    }

    @Test
    void theBodyKeepsLineBreaksAndTabsButNoOtherControlCharacters() {
        long id = idOf(admin.post("/admin/items", "title", "Code", "summary", "S.", "body", "Text\n\n\tcode line\n"));
        assertThat(jdbc.sql("select body_markdown from news_items where id = ?").param(id).query(String.class).single())
                .isEqualTo("Text\n\n\tcode line");

        Document form = admin.post("/admin/items", "title", "Bell", "summary", "S.", "body", "Ding\u0007").html();
        assertThat(error(form, "body")).isEqualTo("Remove the invisible control characters from the text (line breaks and tabs are fine).");

        // Elsewhere a tab is refused too, except between the words of a topic, where it counts as a space.
        Document tabs = admin.post("/admin/items", "title", "Tab\there", "summary", "S.", "tags", "Human\ttrafficking").html();
        assertThat(error(tabs, "title")).isEqualTo("Remove the invisible control characters (such as tabs) from this text.");
        assertThat(error(tabs, "tags")).isEmpty();
    }

    @Test
    void theSummaryIsOneParagraph() {
        Document form = admin.post("/admin/items", "title", "Two paragraphs", "summary", "First.\r\n\r\nSecond.").html();

        assertThat(error(form, "summary")).isEqualTo("The summary is one paragraph: remove the line breaks.");
        assertThat(form.selectFirst("#summary").wholeText().replace("\r\n", "\n")).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void fieldsThatAreNotOnTheFormCannotBeSetThroughIt() {
        long id = idOf(admin.post("/admin/items", AdminClient.params("title", "Innocent draft", "summary", "S.",
                "action", "save", "status", "PUBLISHED", "publishedAt", "2020-01-01T00:00:00Z", "createdBy", "mallory",
                "updatedBy", "mallory", "createdAt", "2001-01-01T00:00:00Z", "id", "77", "version", "40",
                "bodyHtml", "<script>alert(1)</script>", "firstPublishedAt", "2020-01-01T00:00:00Z")));

        Map<String, Object> row = jdbc.sql("select * from news_items where id = ?").param(id).query().singleRow();
        assertThat(row).containsEntry("status", "DRAFT").containsEntry("created_by", "editor@example.org")
                .containsEntry("updated_by", "editor@example.org").containsEntry("version", 0L)
                .containsEntry("body_html", "");
        assertThat(row.get("published_at")).isNull();
        assertThat(row.get("first_published_at")).isNull();
        assertThat(id).isNotEqualTo(77L);

        // The same on an existing item: "save" keeps a draft a draft whatever else is posted.
        admin.post("/admin/items/" + id, AdminClient.params("title", "Innocent draft", "summary", "S.", "version", "0",
                "action", "save", "status", "PUBLISHED", "createdBy", "mallory"));
        assertThat(jdbc.sql("select status || ' ' || created_by || ' ' || updated_by from news_items where id = ?").param(id)
                .query(String.class).single()).isEqualTo("DRAFT editor@example.org editor@example.org");
    }

    @Test
    void aMissingOrMangledVersionNeverOverwritesAnything() {
        long id = idOf(admin.post("/admin/items", "title", "Versioned", "summary", "S."));

        Document form = admin.post("/admin/items/" + id, "title", "Changed", "summary", "S.", "version", "x").html();

        assertThat(form.select(".error-summary li").eachText()).containsExactly("This form is incomplete. Open the item again to edit it.");
        assertThat(jdbc.sql("select title from news_items where id = ?").param(id).query(String.class).single()).isEqualTo("Versioned");
    }

    @Test
    void tooManyTopicsAreRefused() {
        String tags = String.join(",", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "Topic " + i).toList());

        Document form = admin.post("/admin/items", "title", "Tagged", "summary", "S.", "tags", tags).html();

        assertThat(error(form, "tags")).isEqualTo("At most 20 topics per item.");
    }

    private static String error(Document form, String field) {
        Element error = form.selectFirst("#" + field + "-error");
        return error == null ? "" : error.text();
    }

    private static long idOf(AdminClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.redirect().substring("/admin/items/".length()));
    }

    private long count() {
        return jdbc.sql("select count(*) from news_items").query(Long.class).single();
    }
}
