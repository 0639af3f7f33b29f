package org.newsdesk.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.news.MarkdownRenderer;
import org.newsdesk.news.NewsItem;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page as a reader uses it, on the real PostgreSQL full-text search. */
class SearchPageIT extends IntegrationTest {

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    MarkdownRenderer markdown;

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        item("Costa Rica organises the repatriation of 36 nationals", "Flights home after the hurricane.", NOW.minus(days(3)));
        item("Workshop on labour migration", "Employers and unions met in San José.", NOW.minus(days(4)));

        assertThat(titles(search("repatriated"))).containsExactly("Costa Rica organises the repatriation of 36 nationals");
        assertThat(titles(search("workshops"))).containsExactly("Workshop on labour migration");
    }

    @Test
    void accentsDoNotMatterEitherWay() {
        item("Migración segura en Panamá", "Una campaña informativa.", NOW.minus(days(1)));
        item("Border health in Panama", "Health checks at the border.", NOW.minus(days(2)));

        assertThat(titles(search("migracion"))).containsExactly("Migración segura en Panamá");
        assertThat(titles(search("Panamá"))).containsExactlyInAnyOrder("Migración segura en Panamá", "Border health in Panama");
        assertThat(titles(search("san jose"))).isEmpty();
    }

    @Test
    void theLastWordTypedMatchesAsAPrefix() {
        item("Prevention of trafficking in persons in high schools", "Students in Tapachula.", NOW.minus(days(1)));
        item("Smuggling of migrants", "A regional study.", NOW.minus(days(2)));

        assertThat(titles(search("traffick"))).containsExactly("Prevention of trafficking in persons in high schools");
        assertThat(titles(search("persons traff"))).containsExactly("Prevention of trafficking in persons in high schools");
        assertThat(titles(search("smuggling or traff"))).hasSize(2);
        // Only the last word: an unfinished word before it is a word of its own.
        assertThat(titles(search("traff persons"))).isEmpty();
    }

    @Test
    void quotedPhrasesOrAndExclusion() {
        item("Campaign against human trafficking", "Posters in bus stations.", NOW.minus(days(1)));
        item("Trafficking routes and human rights", "A report from the border.", NOW.minus(days(2)));
        item("Smuggling networks dismantled", "Police in Guatemala.", NOW.minus(days(3)), "Guatemala");
        item("Smuggling on the Panama border", "Police in Darién.", NOW.minus(days(4)), "Panama");

        assertThat(titles(search("\"human trafficking\""))).containsExactly("Campaign against human trafficking");
        assertThat(titles(search("human trafficking"))).hasSize(2);
        assertThat(titles(search("\"human trafficking\" or smuggling"))).containsExactlyInAnyOrder(
                "Campaign against human trafficking", "Smuggling networks dismantled", "Smuggling on the Panama border");
        // Excluded wherever the word is: here in the title of one and the tag of the other.
        assertThat(titles(search("smuggling -panama"))).containsExactly("Smuggling networks dismantled");
        assertThat(titles(search("smuggling -guatemala"))).containsExactly("Smuggling on the Panama border");
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAndTiesGoNewestFirst() {
        itemWithBody("Annual report", "What the programme did this year.", "A short paragraph on *resettlement* of refugees.",
                NOW.minus(days(2)));
        item("Resettlement of refugees in Belize", "Families arrived in Belmopan.", NOW.minus(days(900)));
        item("Resettlement of refugees in Mexico", "Families arrived in Mexico City.", NOW.minus(days(30)));
        item("Resettlement of refugees in Panama", "Families arrived in Panama City.", NOW.minus(days(60)));

        assertThat(titles(search("resettlement"))).containsExactly("Resettlement of refugees in Mexico",
                "Resettlement of refugees in Panama", "Resettlement of refugees in Belize", "Annual report");
    }

    @Test
    void theSnippetHighlightsMatchesAndEscapesEverythingElse() {
        NewsItem hostile = item("<script>alert('title')</script> Border health", "Border health & <<img src=x onerror=alert(1)>> "
                + "\"safety\" for 'migrants' crossing Darién.", NOW.minus(days(1)), "<i>Health</i>");

        HttpResponse<String> response = http.get("/search?q=" + encode("border"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert", "<img", "<i>Health");
        Document page = Http.html(response);
        assertThat(page.select("script, main img, main i")).isEmpty();
        Element card = page.selectFirst("main article.card");
        assertThat(card.selectFirst("h2 a").text()).isEqualTo(hostile.getTitle());
        assertThat(card.selectFirst("h2 a").attr("href")).isEqualTo("/news/" + hostile.getSlug());
        Element snippet = card.selectFirst(".snippet");
        assertThat(snippet.select("mark").eachText()).containsExactly("Border");
        assertThat(snippet.children()).allMatch(child -> child.tagName().equals("mark"));
        assertThat(snippet.text()).isEqualTo("Border health & <<img src=x onerror=alert(1)>> \"safety\" for 'migrants' crossing Darién");
        assertThat(card.select(".tags a").eachText()).containsExactly("<i>Health</i>");
        assertThat(card.selectFirst("time").attr("datetime")).startsWith("2026-06-14T06:00-06:00");
    }

    @Test
    void aMatchOnlyInTheBodyIsShownFromTheBody() {
        itemWithBody("Workshop in Nicaragua", "Local governments met.",
                "## Programme\n\nThe workshop in **Chinandega** covered border management & \"the 2030 Agenda\".",
                NOW.minus(days(1)));

        Element snippet = Http.html(search("chinandega")).selectFirst("main .snippet");

        assertThat(snippet.select("mark").eachText()).containsExactly("Chinandega");
        assertThat(snippet.text()).isEqualTo("Programme The workshop in Chinandega covered border management & \"the 2030 Agenda");
    }

    @Test
    void aTitleOnlyMatchShowsTheStartOfTheSummary() {
        item("Helplines for children", "Representatives of the Americas met in Panama City.", NOW.minus(days(1)));

        Element snippet = Http.html(search("helplines")).selectFirst("main .snippet");

        assertThat(snippet.text()).isEqualTo("Representatives of the Americas met in Panama City.");
        assertThat(snippet.select("mark")).isEmpty();
    }

    @Test
    void resultsArePaginatedAndPageNumbersAreStrict() {
        for (int i = 1; i <= 23; i++) {
            item("Border post " + i, "Health checks at border post number " + i + ".", NOW.minus(days(i)));
        }

        Document first = Http.html(search("border"));
        assertThat(first.selectFirst("h1").text()).isEqualTo("Results for “border”");
        assertThat(first.select(".search-count").text()).isEqualTo("23 news items found");
        assertThat(titles(first)).hasSize(10).startsWith("Border post 1", "Border post 2");
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/search?q=border&page=2");
        assertThat(first.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/search?q=border");
        assertThat(first.select("meta[name=robots]").attr("content")).isEqualTo("noindex");

        HttpResponse<String> third = http.get("/search?q=border&page=3");
        assertThat(third.statusCode()).isEqualTo(200);
        Document thirdPage = Http.html(third);
        assertThat(titles(thirdPage)).containsExactly("Border post 21", "Border post 22", "Border post 23");
        assertThat(thirdPage.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/search?q=border&page=2");
        assertThat(thirdPage.select("nav.pagination a[aria-label='Page 1']").attr("href")).isEqualTo("/search?q=border");
        assertThat(thirdPage.title()).isEqualTo("Results for “border”, page 3 — Test News");
        assertThat(thirdPage.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.org/search?q=border&page=3");

        for (String page : List.of("4", "0", "-1", "abc", "1.5", "99999999999", "")) {
            assertThat(http.get("/search?q=border&page=" + page).statusCode()).as("page %s", page).isEqualTo(404);
        }
        assertThat(http.get("/search?q=nothing-matches-this&page=2").statusCode()).isEqualTo(404);
        assertThat(http.get("/search?page=2").statusCode()).isEqualTo(404);
    }

    @Test
    void aQueryMatchingMoreThanAreRankedSaysSoAndPagesThroughTheNewest() {
        write(() -> jdbc.sql("""
                insert into news_items (slug, title, summary, status, published_at, created_at, created_by, updated_at, updated_by)
                select 'border-item-' || g, 'Border item ' || g, 'Officials met at the border.', 'PUBLISHED',
                       cast(:now as timestamptz) - g * interval '1 hour', :now, 'test', :now, 'test'
                from generate_series(1, 505) g""").param("now", NOW.atOffset(java.time.ZoneOffset.UTC)).update());

        Document first = Http.html(search("border"));
        assertThat(first.select(".search-count").text()).startsWith("More than 500 news items found");
        assertThat(titles(first)).startsWith("Border item 1", "Border item 2");
        assertThat(first.select("nav.pagination a[aria-label='Page 50 (last page)']").attr("href")).isEqualTo("/search?q=border&page=50");

        assertThat(titles(http.get("/search?q=border&page=50"))).hasSize(10).endsWith("Border item 500");
        assertThat(http.get("/search?q=border&page=51").statusCode()).isEqualTo(404);
    }

    @Test
    void tagAndYearFiltersNarrowTheResultsAndStayInThePaginationLinks() {
        for (int i = 1; i <= 12; i++) {
            item("Border meeting " + i, "Officials met at the border.", Instant.parse("2025-03-01T12:00:00Z").plus(days(i)),
                    "Costa Rica");
        }
        item("Border meeting in Nicaragua", "Officials met at the border.", Instant.parse("2025-05-01T12:00:00Z"), "Nicaragua");
        item("Border meeting last year", "Officials met at the border.", Instant.parse("2024-05-01T12:00:00Z"), "Costa Rica");
        // Published at 2025-01-01 03:00 UTC, still 2024 in Costa Rica: years follow the site's time zone.
        item("Border meeting on New Year's Eve", "Officials met at the border.", Instant.parse("2025-01-01T03:00:00Z"),
                "Costa Rica");

        Document page = Http.html(http.get("/search?q=border&tag=costa-rica&year=2025"));

        assertThat(page.select(".search-count").text()).isEqualTo("12 news items found");
        assertThat(titles(page)).allMatch(title -> title.matches("Border meeting \\d+"));
        assertThat(page.select("nav.pagination a[rel=next]").attr("href"))
                .isEqualTo("/search?q=border&tag=costa-rica&year=2025&page=2");
        assertThat(page.select("#search-tag option[selected]").text()).isEqualTo("Costa Rica");
        assertThat(page.select("#search-tag option").eachText()).containsExactly("All topics", "Costa Rica", "Nicaragua");
        assertThat(page.select("#search-year option[selected]").text()).isEqualTo("2025");
        assertThat(page.select("#search-year option").eachText()).containsExactly("Any year", "2025", "2024");
        assertThat(page.select("a:contains(Search all news instead)").attr("href")).isEqualTo("/search?q=border");

        Document second = Http.html(http.get("/search?q=border&tag=costa-rica&year=2025&page=2"));
        assertThat(titles(second)).hasSize(2);
        assertThat(second.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/search?q=border&tag=costa-rica&year=2025");

        assertThat(titles(Http.html(http.get("/search?q=border&year=2024")))).containsExactlyInAnyOrder(
                "Border meeting last year", "Border meeting on New Year's Eve");
        assertThat(titles(Http.html(http.get("/search?q=border&tag=nicaragua")))).containsExactly("Border meeting in Nicaragua");
        // Values that cannot be a topic or a year are dropped; the search still answers.
        assertThat(titles(Http.html(http.get("/search?q=border&tag=%3Cb%3E&year=20x5")))).hasSize(10);
    }

    @Test
    void noResultsSaysSoAndSuggestsRemovingTheFilters() {
        item("Border meeting", "Officials met at the border.", NOW.minus(days(1)), "Costa Rica");

        Document none = Http.html(search("hurricane"));
        assertThat(none.select("p.empty").text()).isEqualTo("No news matches “hurricane”.");
        assertThat(none.select("main").text()).contains("Check the spelling");
        assertThat(none.select("article.card")).isEmpty();
        assertThat(none.select("nav.pagination")).isEmpty();

        HttpResponse<String> filtered = http.get("/search?q=border&tag=panama&year=2019");
        assertThat(filtered.statusCode()).isEqualTo(200);
        Document filteredPage = Http.html(filtered);
        assertThat(filteredPage.select("p.empty").text()).isEqualTo("No news matches “border”.");
        assertThat(filteredPage.select("main").text()).contains("Nothing matches with the chosen topic or year.");
        assertThat(filteredPage.select("a:contains(Search all news instead)").attr("href")).isEqualTo("/search?q=border");
    }

    @Test
    void anEmptyQueryShowsTheSearchPageWithAHint() {
        item("Border meeting", "Officials met at the border.", NOW.minus(days(1)));

        for (String path : List.of("/search", "/search?q=", "/search?q=+++", "/search?q=%00%01", "/search?page=1")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document page = Http.html(response);
            assertThat(page.selectFirst("h1").text()).isEqualTo("Search the news");
            assertThat(page.select("p.empty").text()).isEqualTo("Type a word, a name, a country or a topic, then choose Search.");
            assertThat(page.title()).isEqualTo("Search — Test News");
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/search");
            assertThat(page.select("article.card")).isEmpty();
        }
    }

    @Test
    void theHeaderHasASearchBoxThatWorksWithoutJavaScript() {
        Document home = Http.html(http.get("/"));

        Element form = home.selectFirst("header form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("aria-label")).isEqualTo("Site search");
        Element input = form.selectFirst("input[name=q]");
        assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Search the news");
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Search");
        assertThat(form.select("input[type=hidden]")).isEmpty();

        // On the search page its own form takes the place of the header's: one search landmark, unique ids.
        Document search = Http.html(search("border"));
        assertThat(search.select("form[role=search]")).hasSize(1);
        assertThat(search.select("main form[role=search] label[for=search-q]").text()).isEqualTo("Words to look for");
        assertThat(search.select("#search-q").val()).isEqualTo("border");
    }

    @Test
    void onlyVisibleItemsAreFoundAndAScheduledItemAtItsInstant() {
        item("Visible census of migrants", "Published.", NOW.minus(days(1)));
        news.draft("Draft census of migrants");
        news.withdrawn("Withdrawn census of migrants", NOW.minus(days(2)), "Retracted.");
        Instant scheduled = NOW.plus(Duration.ofHours(2));
        news.published("Scheduled census of migrants", scheduled);

        assertThat(titles(search("census"))).containsExactly("Visible census of migrants");
        assertThat(Http.html(search("census")).select("#search-year option").eachText()).containsExactly("Any year", "2026");

        clock.set(scheduled.minusSeconds(1));
        assertThat(titles(search("census"))).containsExactly("Visible census of migrants");
        clock.set(scheduled);
        assertThat(titles(search("census"))).containsExactlyInAnyOrder("Scheduled census of migrants", "Visible census of migrants");
    }

    @Test
    void tagsAreSearchableAndFollowRenamesAndRemovals() {
        NewsItem item = item("Meeting in Choluteca", "Civil society shared advances.", NOW.minus(days(1)), "Honduras");
        item("Another meeting", "Nothing else.", NOW.minus(days(2)));

        assertThat(titles(search("honduras"))).containsExactly("Meeting in Choluteca");

        write(() -> jdbc.sql("update tags set name = 'República de Honduras', slug = 'republica-de-honduras' where slug = 'honduras'").update());
        assertThat(titles(search("republica"))).containsExactly("Meeting in Choluteca");
        assertThat(Http.html(search("republica")).select("article .tags a").attr("href")).isEqualTo("/tags/republica-de-honduras");

        write(() -> jdbc.sql("insert into tags (name, slug) values ('Civil society', 'civil-society')").update());
        write(() -> jdbc.sql("insert into news_item_tags (news_item_id, tag_id) select ?, id from tags where slug = 'civil-society'")
                .param(item.getId()).update());
        assertThat(titles(search("\"civil society\" honduras"))).containsExactly("Meeting in Choluteca");

        write(() -> jdbc.sql("delete from news_item_tags where news_item_id = ?").param(item.getId()).update());
        assertThat(titles(search("republica"))).isEmpty();
        assertThat(jdbc.sql("select search_tags from news_items where id = ?").param(item.getId()).query(String.class).single())
                .isEmpty();
    }

    /**
     * A write in a Spring transaction, as the application's own writes are: the page cache hears
     * of it when it commits (a plain auto-commit statement is heard a moment later, through
     * LISTEN/NOTIFY).
     */
    private void write(Runnable statement) {
        transactions.executeWithoutResult(status -> statement.run());
    }

    @Test
    void eachItemKeepsTheNamesOfItsOwnTagsForSearch() {
        news.published("Untagged first", NOW.minus(days(5)));
        NewsItem two = news.published("Two topics", NOW.minus(days(4)), "Repatriation", "Costa Rica");
        NewsItem one = news.published("One topic", NOW.minus(days(3)), "Trafficking in persons");
        NewsItem shared = news.published("Shared topic", NOW.minus(days(2)), "Costa Rica");

        assertThat(searchTags(two)).isEqualTo("Costa Rica Repatriation");
        assertThat(searchTags(one)).isEqualTo("Trafficking in persons");
        assertThat(searchTags(shared)).isEqualTo("Costa Rica");
        assertThat(titles(search("costa rica"))).containsExactlyInAnyOrder("Two topics", "Shared topic");

        write(() -> jdbc.sql("delete from tags where slug = 'costa-rica'").update());
        assertThat(searchTags(two)).isEqualTo("Repatriation");
        assertThat(searchTags(shared)).isEmpty();
        assertThat(titles(search("costa rica"))).isEmpty();
    }

    private String searchTags(NewsItem item) {
        String names = jdbc.sql("select search_tags from news_items where id = ?").param(item.getId()).query(String.class).single();
        // The ids kept beside the names (for the topic filter) agree with the links.
        assertThat(jdbc.sql("""
                        select search_tag_ids = array(select tag_id from news_item_tags where news_item_id = i.id order by tag_id)
                        from news_items i where id = ?""").param(item.getId()).query(Boolean.class).single()).isTrue();
        return names;
    }

    @Test
    void hostileQueriesAlwaysAnswerWithAPage() {
        item("Border health", "Health checks at the border.", NOW.minus(days(1)));
        List<String> queries = List.of("&", "|", "!", ":", "*", "(", ")", "'", "\"", "\\", "& | ! : * ( ) ' \" \\",
                "border & health", "border:*", "border:A", "!border", "(border", "border)", "'border'", "\"border",
                "border\"", "border''", "\\'border", "<->", "border <-> health", "border <2> health", "-", "--", "- border",
                "-border", "or", "or or or", "border or", "or border", "\"\"", "\" \"", "'; drop table news_items; --",
                "1' or '1'='1", "border' union select * from tags --", "$$", "$1", ":now", "?", "%", "%%", "_",
                "\u0000", "border\u0000health", "\u0007\u001b[31m", "\uD83D\uDE00\uD83D\uDE00 border", "\uD83D\uDC68\u200D\uD83D\uDC69",
                "\uE000border\uE001", "\u202Eborder", "\uFEFFborder", "\uFFFF", "a".repeat(3000), "border ".repeat(400),
                "é".repeat(300), "\u0301\u0301\u0301", "the", "the and of", "12345678901234567890", "1.5", "v1.2.3",
                "http://example.org/x?y=1", "x@example.org", "<script>alert(1)</script>", "${7*7}", "#{7*7}", "*{7*7}",
                "__${T(java.lang.Runtime)}__", "[[${site}]]", "border health ".repeat(20) + "traf");
        for (String query : queries) {
            HttpResponse<String> response = http.get("/search?q=" + encode(query));
            assertThat(response.statusCode()).as("query %s", query).isEqualTo(200);
            assertThat(Http.html(response).select("script")).as("query %s", query).isEmpty();
        }
        // As browsers send them: %00, a lone surrogate (browsers send U+FFFD for it), stray percent signs, new lines.
        for (String raw : List.of("%00", "%EF%BF%BD", "border%EF%BF%BDhealth", "%25", "border%0Ahealth",
                "a+b+%2B+c", "border&q=health", "border&q=", "&&&", "q=q")) {
            assertThat(rawStatus("/search?q=" + raw)).as("raw %s", raw).isEqualTo(200);
        }
        // Broken percent-encoding, or bytes that are not UTF-8 at all, cannot be read as text: no browser sends
        // them, and the server answers 400 with the site's own page.
        for (String raw : List.of("%", "%%", "%zz", "%ED%A0%80", "%C0%AF", "%FF%FE")) {
            assertThat(rawStatus("/search?q=" + raw)).as("raw %s", raw).isEqualTo(400);
        }
        assertThat(Http.html(http.get("/search?q=%C0%AF")).title()).isEqualTo("This page cannot be shown — Test News");
        assertThat(titles(search("border & health ! ( )"))).containsExactly("Border health");
        assertThat(http.get("/search?q=" + encode("$${7*7}")).body()).doesNotContain(">49<");
    }

    /** The status of a request sent byte for byte, for URLs that java.net.URI refuses to build. */
    private int rawStatus(String pathAndQuery) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NewsItem item(String title, String summary, Instant publishedAt, String... tags) {
        return itemWithBody(title, summary, "", publishedAt, tags);
    }

    private NewsItem itemWithBody(String title, String summary, String body, Instant publishedAt, String... tags) {
        NewsItem item = news.published(title, publishedAt, tags);
        write(() -> jdbc.sql("update news_items set summary = ?, body_markdown = ?, body_html = ? where id = ?")
                .params(summary, body, markdown.toSafeHtml(body), item.getId()).update());
        return item;
    }

    private HttpResponse<String> search(String query) {
        return http.get("/search?q=" + encode(query));
    }

    private static List<String> titles(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return titles(Http.html(response));
    }

    private static List<String> titles(Document page) {
        return page.select("main article.card h2").eachText();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
