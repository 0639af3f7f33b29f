package org.newsdesk.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.TestDatabase;
import org.newsdesk.news.NewsItem;
import org.newsdesk.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search's statements as PostgreSQL plans them (V100): the candidates are found with each
 * language's own indexes, and the prefix term finds the same items whether or not its whole word
 * is ORed in for the planner's estimate ({@link NewsSearch.Prefix}).
 */
class SearchStatisticsIT extends IntegrationTest {

    @Autowired
    NewsSearch search;

    @Autowired
    PrefixEstimates prefixEstimates;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSpanishPrefixQueryFindsItsItemsWithTheLastWordAsTypedOrWidened() {
        news.publishedInSpanish("Tráfico ilícito de migrantes en la frontera", NOW.minus(days(1)));
        news.publishedInSpanish("Redes de tráfico de armas ilícitas", NOW.minus(days(2)));
        news.publishedInSpanish("El fiscal Ilic habla del tráfico de personas", NOW.minus(days(3)));
        news.publishedInSpanish("Comercio ilícito en los puertos", NOW.minus(days(4)));
        news.publishedInSpanish("Tráfico en la carretera Interamericana", NOW.minus(days(5)));
        news.published("Illicit trafficking of migrants", NOW.minus(days(1)));

        Document page = Http.html(http.get("/es/buscar?q=" + URLEncoder.encode("tráfico ilíc", StandardCharsets.UTF_8)));
        assertThat(page.select("main article.card h2").eachText()).containsExactlyInAnyOrder(
                "Tráfico ilícito de migrantes en la frontera", "Redes de tráfico de armas ilícitas",
                "El fiscal Ilic habla del tráfico de personas");

        // Every form of query with a prefix (one word, after words, after "or", after an earlier "or").
        for (String q : List.of("tráfico ilíc", "ilíc", "armas or ilíc", "puertos or tráfico ilíc", "tráfico arm")) {
            SearchQuery query = SearchQuery.parse(q);
            assertThat(query.hasPrefix()).isTrue();
            List<String> asTyped = slugs(query, NewsSearch.Prefix.AS_TYPED);
            assertThat(asTyped).as(q).isNotEmpty().isEqualTo(slugs(query, NewsSearch.Prefix.WIDENED));
            assertThat(search.search(Language.ES, query, SearchFilters.parse(null, null), 1, NewsSearch.Prefix.AS_TYPED))
                    .as(q).isEqualTo(search.search(Language.ES, query, SearchFilters.parse(null, null), 1, NewsSearch.Prefix.WIDENED));
        }
    }

    @Test
    void eachLanguagesCandidatesAreFoundWithItsOwnIndexes() {
        // Enough items, half in each language, that the cheapest index is a clear choice.
        news.publishedSeries(200, NOW);
        news.write("update news_items set language = 'es' where id % 2 = 0");
        // (and the text indexes' pending entries merged, as autovacuum does, whose reading the planner counts)
        jdbc.sql("vacuum analyze news_items").update();
        for (Language language : Language.values()) {
            String code = language.code();
            SearchQuery query = SearchQuery.parse("tráfico ilíc");
            // Were the statement's expression not the indexes', PostgreSQL could only read the whole table.
            assertThat(plan(language, query, "enable_bitmapscan")).as(code)
                    .contains("Index Scan using news_items_newest_" + code + "_idx");
            // A word in no item (a prefix term costs the text index more: PostgreSQL then prefers the walk).
            assertThat(plan(language, SearchQuery.parse("\"ilícito\""), "enable_indexscan")).as(code)
                    .contains("Bitmap Index Scan on news_items_search_" + code + "_idx");
        }
    }

    @Test
    void aPrefixIsWidenedOnlyWhileTheStatisticsListTooFewWords() {
        news.publishedInSpanish("Tráfico ilícito", NOW.minus(days(1)));
        analyze();
        prefixEstimates.refresh();
        assertThat(prefixEstimates.lexemes(Language.ES)).isLessThan(PrefixEstimates.MIN_LEXEMES);
        assertThat(prefixEstimates.estimated(Language.ES)).isFalse();

        // 20 items of 60 words each out of 150: every word in 8 items, all among the most common.
        for (int n = 0; n < 20; n++) {
            int first = n * 7;
            NewsItem item = news.publishedInSpanish("Palabras " + n, NOW.minus(days(2 + n)));
            String summary = IntStream.range(0, 60).mapToObj(k -> "palabra" + word((first + k) % 150))
                    .collect(Collectors.joining(" "));
            news.write("update news_items set summary = ? where id = ?", summary, item.getId());
        }
        analyze();
        assertThat(prefixEstimates.lexemes(Language.ES)).isGreaterThanOrEqualTo(PrefixEstimates.MIN_LEXEMES);
        assertThat(prefixEstimates.estimated(Language.ES)).as("until the statistics are read again").isFalse();
        prefixEstimates.refresh();
        assertThat(prefixEstimates.estimated(Language.ES)).isTrue();
        assertThat(prefixEstimates.estimated(Language.EN)).isFalse();

        // Back to the statistics of one item, for the tests after this one (ANALYZE keeps those of
        // the last rows it saw when a table is empty).
        news.clear();
        news.publishedInSpanish("Tráfico ilícito", NOW.minus(days(1)));
        analyze();
        prefixEstimates.refresh();
        assertThat(prefixEstimates.estimated(Language.ES)).isFalse();
    }

    /**
     * A database user that only reads and writes news_items (its tables made by another user, as
     * when migrations run as their owner) sees none of its text indexes' statistics in pg_stats, yet
     * gets the same estimates as the owner, through V101's function.
     */
    @Test
    void aDatabaseUserThatDoesNotOwnTheTablesGetsTheSameEstimates() {
        for (int n = 0; n < 5; n++) {
            news.publishedInSpanish("Tráfico ilícito de migrantes " + n, NOW.minus(days(1 + n)));
        }
        analyze();
        String role = "newsdesk_reader_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create role " + role + " login password 'reader'").update();
        try {
            jdbc.sql("grant select on news_items to " + role).update();
            JdbcClient asReader = JdbcClient.create(new DriverManagerDataSource(withoutUser(TestDatabase.connection().getJdbcUrl()),
                    role, "reader"));
            assertThat(asReader.sql("select current_user").query(String.class).single()).isEqualTo(role);
            String statistics = "select count(*) from pg_stats where tablename = 'news_items_search_es_idx'";
            assertThat(jdbc.sql(statistics).query(Long.class).single()).as("the owner's view").isPositive();
            assertThat(asReader.sql(statistics).query(Long.class).single()).as("the reader's view").isZero();

            assertThat(prefixEstimates.lexemes(Language.ES)).isPositive();
            assertThat(new PrefixEstimates(asReader).lexemes(Language.ES)).isEqualTo(prefixEstimates.lexemes(Language.ES));
        }
        finally {
            try {
                jdbc.sql("drop owned by " + role).update();
            }
            finally {
                jdbc.sql("drop role if exists " + role).update();
            }
        }
        // Back to the statistics of one item, as the test above leaves them.
        news.clear();
        news.publishedInSpanish("Tráfico ilícito", NOW.minus(days(1)));
        analyze();
    }

    /** A JDBC URL without a user or password among its parameters: they would win over the ones given beside it. */
    private static String withoutUser(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(parameter -> !parameter.startsWith("user=") && !parameter.startsWith("password="))
                .collect(Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    private void analyze() {
        jdbc.sql("analyze news_items").update();
    }

    /** A made-up word per number, letters only (the Spanish stemmer would cut digits and endings alike). */
    private static String word(int number) {
        return "" + (char) ('a' + number / 26 % 26) + (char) ('a' + number % 26) + "x";
    }

    private List<String> slugs(SearchQuery query, NewsSearch.Prefix prefix) {
        return search.search(Language.ES, query, SearchFilters.parse(null, null), 1, prefix).results().stream()
                .map(SearchResult::slug).toList();
    }

    /** The plan of the search statement with one way of reading a table turned off (and sequential scans). */
    private String plan(Language language, SearchQuery query, String off) {
        return transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local " + off + " = off").update();
            return String.join("\n", jdbc.sql("explain " + NewsSearch.pageSql(language, query, SearchFilters.parse(null, null),
                            NewsSearch.Prefix.AS_TYPED))
                    .param("language", language.code())
                    .param("text", query.text())
                    .param("rest", query.rest())
                    .param("prefix", query.prefix())
                    .param("word", query.word())
                    .param("now", NOW.atOffset(ZoneOffset.UTC))
                    .param("tag", (String) null)
                    .param("from", (Object) null)
                    .param("until", (Object) null)
                    .param("candidates", 501)
                    .param("limit", 10)
                    .param("offset", 0L)
                    .param("markers", HighlightedSnippet.MARKERS)
                    .param("start", String.valueOf(HighlightedSnippet.START))
                    .param("options", NewsSearch.HEADLINE_OPTIONS)
                    .query(String.class).list());
        });
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
