package org.newsdesk.news;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Eventually;
import org.newsdesk.IntegrationTest;
import org.newsdesk.StatementLog;
import org.newsdesk.freshness.ContentVersions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listing page costs the same number of SQL statements whatever it shows: no query per item
 * and none per tag (no N+1). The count is taken once per listing and content version, and the
 * topics' names and order once per content version for every page (Topics.vocabulary): further
 * pages cost one statement, until content changes. A page after one
 * already read starts where that one ended (ListingPageStarts): the same items as counting from
 * the first page, read without walking the pages before it, and counted from the first again once
 * content changes.
 */
class ListingQueryCountIT extends IntegrationTest {

    /** A count, and the page of items with their tags' ids and lead pictures. */
    static final long STATEMENTS_PER_LISTING = 2;

    /** The topics' names and order, read once per content version when a page shows tags. */
    static final long TOPICS = 1;

    /** The listing statement's condition when a page's start is known (ListingPageStarts). */
    private static final String FROM_A_KNOWN_START = "(i.published_at, i.id) < (";

    private static final AtomicInteger RENDERS = new AtomicInteger();

    @Autowired
    StatementLog statements;

    @Autowired
    ContentVersions versions;

    /** Variants an earlier test left to make would change the content version under these pages. */
    @BeforeEach
    void noPictureWorkLeft() {
        Eventually.within(Duration.ofSeconds(30),
                () -> jdbc.sql("select count(*) from picture_jobs").query(Long.class).single() == 0);
    }

    @Test
    void theHomePageRunsAFixedNumberOfStatementsWhateverItShows() {
        news.published("Only one, no tags", NOW.minus(Duration.ofDays(30)));
        assertThat(statementsFor("/")).isEqualTo(STATEMENTS_PER_LISTING);

        news.publishedSeries(25, NOW.minus(Duration.ofHours(1)), "Repatriation", "Mexico", "Guatemala", "Migrant health");
        assertThat(statementsFor("/")).isEqualTo(STATEMENTS_PER_LISTING + TOPICS);
        // The count of the latest news and the topics are known for this content version: the page alone.
        assertThat(statementsFor("/page/2")).isEqualTo(STATEMENTS_PER_LISTING - 1);

        news.published("One more", NOW.minus(Duration.ofMinutes(1)));
        assertThat(statementsFor("/page/3")).isEqualTo(STATEMENTS_PER_LISTING + TOPICS);
    }

    @Test
    void tagAndArchivePagesToo() {
        news.publishedSeries(15, Instant.parse("2026-05-20T16:00:00Z"), "Repatriation", "Mexico", "Guatemala");

        // The tag is found by its slug among the topics, read once for this content version.
        assertThat(statementsFor("/tags/mexico")).isEqualTo(STATEMENTS_PER_LISTING + TOPICS);
        assertThat(statementsFor("/tags/mexico/page/2")).isEqualTo(STATEMENTS_PER_LISTING - 1);
        assertThat(statementsFor("/archive/2026/05")).isEqualTo(STATEMENTS_PER_LISTING);
        assertThat(statementsFor("/archive/2026")).isEqualTo(STATEMENTS_PER_LISTING);
    }

    /** An item page: the item with its lead picture, its topics, its neighbours and its translation, in one statement. */
    @Test
    void anItemPageRunsOneStatementWhateverItLinksTo() {
        news.published("Older", Instant.parse("2026-05-19T16:00:00Z"), "Mexico");
        NewsItem item = news.published("In the middle", Instant.parse("2026-05-20T16:00:00Z"), "Repatriation", "Mexico");
        news.published("Newer", Instant.parse("2026-05-21T16:00:00Z"));
        NewsItem spanish = news.published("En el medio", Instant.parse("2026-05-20T16:00:00Z"));
        news.write("update news_items set language = 'es', translation_group = ? where id = ?", item.getId(), spanish.getId());
        news.write("update news_items set translation_group = ? where id = ?", item.getId(), item.getId());

        // The first page after a change reads the topics' names too (once per content version).
        assertThat(statementsFor("/news/" + item.getSlug())).isEqualTo(1 + TOPICS);
        assertThat(statementsFor("/es/noticias/" + spanish.getSlug())).isEqualTo(1);
        // What the statement found (the page as stored by the page cache).
        assertThat(http.get("/news/" + item.getSlug()).body())
                .contains("Older", "Newer", "/es/noticias/" + spanish.getSlug(), "/tags/mexico", "/tags/repatriation");
        assertThat(http.get("/es/noticias/" + spanish.getSlug()).body())
                .contains("/news/" + item.getSlug()).doesNotContain("Older", "Newer");
    }

    /**
     * The statements the page ran, apart from the content version check (see {@link StatementLog#reads()}).
     * Counts are kept per content version, so a page measured while content changed (the background
     * picture worker finishing a variant left by an earlier test bumps it) is measured again. Before
     * each try the site must know the database's version: a change it hears of late (through the
     * listener, not its own commit) would make it forget its counts half-way through the page.
     */
    private long statementsFor(String path) {
        for (int attempt = 1; ; attempt++) {
            long versionBefore = news.contentVersion();
            Eventually.within(Duration.ofSeconds(10), () -> versions.current().number() >= versionBefore);
            statements.clear();
            assertThat(http.get(path).statusCode()).isEqualTo(200);
            if (news.contentVersion() == versionBefore || attempt == 5) {
                return statements.reads().size();
            }
        }
    }

    @Test
    void aPageAfterOneReadStartsWhereThatOneEndedWithTheSameItems() {
        news.publishedSeries(45, NOW.minus(Duration.ofHours(1)), "Repatriation");

        Render third = render("/page/3");
        assertThat(third.fromKnownStart()).as("nothing read before it at this version").isFalse();
        assertThat(third.titles()).hasSize(10).first().isEqualTo("Item number 25");

        Render second = render("/page/2");
        assertThat(second.titles()).hasSize(10).last().isEqualTo("Item number 26");
        Render thirdAgain = render("/page/3");
        assertThat(thirdAgain.fromKnownStart()).isTrue();
        assertThat(thirdAgain.titles()).isEqualTo(third.titles());
        // Page 3 taught where page 4 starts, and page 4 where page 5 does: a crawler's walk.
        Render fourth = render("/page/4");
        assertThat(fourth.fromKnownStart()).isTrue();
        assertThat(fourth.titles()).first().isEqualTo("Item number 15");
        Render fifth = render("/page/5");
        assertThat(fifth.fromKnownStart()).isTrue();
        assertThat(fifth.titles()).containsExactly("Item number 5", "Item number 4", "Item number 3", "Item number 2",
                "Item number 1");

        // A new item moves every page by one: counted from the first page again, never from a start learnt before.
        news.published("The newest", NOW.minus(Duration.ofMinutes(1)));
        Render thirdAfterChange = render("/page/3");
        assertThat(thirdAfterChange.fromKnownStart()).isFalse();
        assertThat(thirdAfterChange.titles()).first().isEqualTo("Item number 26");
        assertThat(render("/page/4").titles()).first().isEqualTo("Item number 16");
    }

    /** Items published at the same instant are ordered by id, across a page's end as within a page. */
    @Test
    void itemsOfTheSameInstantAcrossAPagesEnd() {
        Instant same = NOW.minus(Duration.ofDays(2));
        for (int n = 1; n <= 25; n++) {
            news.published("Same instant " + n, same, "Mexico");
        }
        Render second = render("/tags/mexico/page/2");
        Render first = render("/tags/mexico");
        Render secondAgain = render("/tags/mexico/page/2");
        Render third = render("/tags/mexico/page/3");
        assertThat(secondAgain.fromKnownStart()).isTrue();
        assertThat(third.fromKnownStart()).isTrue();
        assertThat(secondAgain.titles()).isEqualTo(second.titles());
        List<String> all = new ArrayList<>(first.titles());
        all.addAll(secondAgain.titles());
        all.addAll(third.titles());
        assertThat(all).hasSize(25).doesNotHaveDuplicates().first().isEqualTo("Same instant 25");
    }

    private record Render(List<String> titles, boolean fromKnownStart) {
    }

    /**
     * The page rendered (a query string of its own, so the page cache renders it) once the site
     * knows the database's content version (see ListingQueryCountIT).
     */
    private Render render(String path) {
        long version = news.contentVersion();
        Eventually.within(Duration.ofSeconds(10), () -> versions.current().number() >= version);
        statements.clear();
        var response = http.get(path + "?render=" + RENDERS.incrementAndGet());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        boolean fromKnownStart = statements.reads().stream().anyMatch(sql -> sql.contains(FROM_A_KNOWN_START));
        List<String> titles = Jsoup.parse(response.body()).select(".card-title a").eachText();
        return new Render(titles, fromKnownStart);
    }
}
