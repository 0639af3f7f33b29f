package org.newsdesk.news;

import java.time.Duration;
import java.time.Instant;
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
 * A listing's page after one already read starts where that one ended (ListingPageStarts): the
 * same items as counting from the first page, read without walking the pages before it, and
 * counted from the first again once content changes.
 */
class ListingPageStartsIT extends IntegrationTest {

    /** The listing statement's condition when a page's start is known. */
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
        List<String> all = new java.util.ArrayList<>(first.titles());
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
        long version = jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
        Eventually.within(Duration.ofSeconds(10), () -> versions.current().number() >= version);
        statements.clear();
        var response = http.get(path + "?render=" + RENDERS.incrementAndGet());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        boolean fromKnownStart = statements.reads().stream().anyMatch(sql -> sql.contains(FROM_A_KNOWN_START));
        List<String> titles = Jsoup.parse(response.body()).select(".card-title a").eachText();
        return new Render(titles, fromKnownStart);
    }
}
