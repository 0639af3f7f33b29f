package org.newsdesk.freshness;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Eventually;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.SecondInstance;
import org.newsdesk.StatementLog;
import org.newsdesk.news.NewsItem;
import org.newsdesk.news.NewsItemRepository;
import org.newsdesk.news.NewsStatus;
import org.newsdesk.news.PublishingChange;
import org.newsdesk.site.Slugs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one database, as behind a load balancer: this test's own instance, with
 * its page cache, and a second one started here with the cache switched off. What is published
 * through the second shows on the first within two seconds; the second, without a cache,
 * behaves as Newsdesk did before there was one: every request renders and asks the database.
 */
class PageCacheAcrossInstancesIT extends IntegrationTest {

    static final Duration NOTICE = Duration.ofSeconds(2);
    /** Long past for both instances: the second runs on the real clock, this one on the tests'. */
    static final Instant LONG_AGO = Instant.parse("2020-03-10T15:00:00Z");

    static ConfigurableApplicationContext second;

    @Autowired
    NewsItemRepository items;

    Http here;
    Http there;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start(StatementLog.class, "newsdesk.page-cache.enabled=false");
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @BeforeEach
    void setUp() {
        here = new Http(port);
        there = new Http(SecondInstance.port(second));
    }

    @Test
    void whatIsPublishedThroughTheOtherInstanceShowsHereWithinTwoSeconds() {
        news.published("Regional conference opens", LONG_AGO, "Migration governance");
        assertThat(here.get("/").body()).contains("Regional conference opens");
        assertThat(here.get("/").body()).doesNotContain("Returns resume");

        // Written through the other instance's own repository and transaction, as its admin screens would.
        NewsItem published = second.getBean(TransactionTemplate.class).execute(status -> {
            NewsItem item = new NewsItem(Slugs.fromText("Returns resume"), "Returns resume", "Flights resume.",
                    LONG_AGO.plus(Duration.ofDays(1)), "second instance");
            item.change(new PublishingChange.Restore(NewsStatus.PUBLISHED, LONG_AGO.plus(Duration.ofDays(1)), null), LONG_AGO);
            return second.getBean(NewsItemRepository.class).save(item);
        });

        Eventually.within(NOTICE, () -> here.get("/").body().contains("Returns resume"));
        assertThat(there.get("/news/returns-resume").statusCode()).isEqualTo(200);

        String etag = here.get("/news/returns-resume").headers().firstValue("ETag").orElseThrow();
        second.getBean(TransactionTemplate.class).executeWithoutResult(status -> second.getBean(NewsItemRepository.class)
                .findById(published.getId()).orElseThrow()
                .change(new PublishingChange.Withdraw(null, "Published twice."), Instant.now()));

        Eventually.within(NOTICE, () -> here.get("/news/returns-resume", "If-None-Match", etag).statusCode() == 410);
        assertThat(here.get("/").body()).doesNotContain("Returns resume");
    }

    @Test
    void withTheCacheOffEveryRequestIsRenderedFromTheDatabase() {
        news.publishedSeries(12, LONG_AGO, "Repatriation");
        assertThat(second.getBeanProvider(PageCache.class).getIfAvailable()).isNull();
        StatementLog statements = second.getBean(StatementLog.class);

        for (String path : List.of("/", "/page/2", "/news/item-number-3", "/tags/repatriation", "/feed.xml")) {
            HttpResponse<String> first = there.get(path);
            statements.clear();
            HttpResponse<String> again = there.get(path);

            assertThat(again.statusCode()).as(path).isEqualTo(200);
            assertThat(statements.reads()).as(path + " rendered again").isNotEmpty();
            assertThat(again.body()).as(path).isEqualTo(first.body());
            String etag = again.headers().firstValue("ETag").orElseThrow();
            assertThat(there.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        }

        // Nothing remembered: a change made anywhere shows on the next request.
        news.write("update news_items set title = 'Renamed at once' where slug = 'item-number-3'");
        assertThat(there.get("/news/item-number-3").body()).contains("Renamed at once");
    }
}
