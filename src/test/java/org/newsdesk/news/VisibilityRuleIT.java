package org.newsdesk.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visibility rule lives in one SQL function (V53) that every query calls. It must stay a plain
 * expression the planner inlines: then a query that calls it still walks the partial index on
 * published items, exactly as the rule written out did. Not inlined, that index could not be used
 * at all, whatever the table's size.
 */
class VisibilityRuleIT extends IntegrationTest {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void listingsThatCallTheRuleWalkThePartialIndexOfPublishedItems() {
        List<String> plan = explain("""
                select i.id from news_items i where news_item_is_visible(i.status, i.published_at, :now)
                order by i.published_at desc, i.id desc limit 10""");

        assertThat(String.join("\n", plan)).contains("news_items_visible_idx");
    }

    @Test
    void theNextScheduledPublicationIsFoundInTheSameIndex() {
        List<String> plan = explain("select min(published_at) from news_items where news_item_is_scheduled(status, published_at, :now)");

        // Either partial index on the same rule serves (the per-language one leads with published_at too).
        assertThat(String.join("\n", plan)).contains("Index Only Scan")
                .containsAnyOf("news_items_visible_idx", "news_items_visible_language_idx");
    }

    @Test
    void anItemIsVisibleFromItsPublicationInstantOn() {
        Instant at = Instant.parse("2026-06-01T12:00:00Z");

        assertThat(rule("news_item_is_visible", "PUBLISHED", at, at)).isTrue();
        assertThat(rule("news_item_is_visible", "PUBLISHED", at.plusSeconds(1), at)).isFalse();
        assertThat(rule("news_item_is_scheduled", "PUBLISHED", at.plusSeconds(1), at)).isTrue();
        assertThat(rule("news_item_is_scheduled", "PUBLISHED", at, at)).isFalse();
        assertThat(rule("news_item_is_visible", "DRAFT", at.minusSeconds(60), at)).isFalse();
        assertThat(rule("news_item_is_visible", "WITHDRAWN", at.minusSeconds(60), at)).isFalse();
        assertThat(rule("news_item_is_scheduled", "DRAFT", at.plusSeconds(60), at)).isFalse();
    }

    /** Code that holds an item in memory asks {@link ItemState#of}: the same rule, for the same values. */
    @Test
    void theRuleInMemoryIsTheRuleInSql() {
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        for (NewsStatus status : NewsStatus.values()) {
            for (long seconds : new long[] {-86_400, -1, 0, 1, 86_400}) {
                Instant publishedAt = now.plusSeconds(seconds);
                ItemState state = ItemState.of(status, publishedAt, now);

                assertThat(rule("news_item_is_visible", status.name(), publishedAt, now))
                        .as("%s published at now%+d s", status, seconds).isEqualTo(state == ItemState.PUBLISHED);
                assertThat(rule("news_item_is_scheduled", status.name(), publishedAt, now))
                        .as("%s published at now%+d s", status, seconds).isEqualTo(state == ItemState.SCHEDULED);
            }
        }
    }

    private boolean rule(String function, String status, Instant publishedAt, Instant now) {
        return jdbc.sql("select " + function + "(:status, :publishedAt, :now)")
                .param("status", status)
                .param("publishedAt", publishedAt.atOffset(ZoneOffset.UTC))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(Boolean.class).single();
    }

    /** The plan with sequential scans priced out, so that the answer does not depend on the table's size. */
    private List<String> explain(String query) {
        return transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain (costs off) " + query)
                    .param("now", Instant.parse("2026-06-01T12:00:00Z").atOffset(ZoneOffset.UTC))
                    .query(String.class).list();
        });
    }
}
