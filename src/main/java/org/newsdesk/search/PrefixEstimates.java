package org.newsdesk.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.newsdesk.site.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL can estimate how many of a language's items a prefix term ({@code 'ilic':*})
 * matches. It estimates a prefix from the most common words of its statistics that start with it
 * (here those of the language's text index expression, V100), but only when they hold at least
 * {@value #MIN_LEXEMES} words; with fewer (a small site, or a benchmark's small vocabulary) it
 * guesses 2%, and {@link NewsSearch} then ORs the whole word in where candidates are chosen.
 *
 * <p>Statistics change when the table is analyzed (autovacuum, after a tenth of it has changed), so
 * they are read again every {@value #EVERY_MINUTES} minutes, in the background: a search reads
 * nothing for it. Until the first reading, and where the statistics cannot be read, the prefix is
 * widened, as it always was before V100. Each instance reads its own: no lock, nothing written.
 *
 * <p>PostgreSQL shows an index expression's statistics only to the index's owner ({@code pg_stats}
 * checks the index's privileges, which only its owner has): a site whose database user does not own
 * {@code news_items} always widens. That is said once, in the log, so an operator can tell why.
 */
@Component
class PrefixEstimates {

    /** PostgreSQL's threshold (tsquery_opr_selec in src/backend/tsearch/ts_selfuncs.c). */
    static final int MIN_LEXEMES = 100;

    static final int EVERY_MINUTES = 10;

    private static final Logger log = LoggerFactory.getLogger(PrefixEstimates.class);

    private final JdbcClient jdbc;
    private volatile Map<Language, Boolean> estimated = Map.of();
    private final AtomicBoolean hiddenSaid = new AtomicBoolean();

    PrefixEstimates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the language's statistics listed enough words to estimate a prefix term when last read. */
    boolean estimated(Language language) {
        return estimated.getOrDefault(language, false);
    }

    @Scheduled(fixedDelay = EVERY_MINUTES, timeUnit = TimeUnit.MINUTES)
    void refresh() {
        Map<Language, Boolean> read = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            read.put(language, lexemes(language) >= MIN_LEXEMES);
        }
        estimated = read;
        if (!read.containsValue(true) && !statisticsVisible() && hiddenSaid.compareAndSet(false, true)) {
            log.warn("Search: PostgreSQL shows the statistics of news_items' text indexes only to their owner, and this "
                    + "database user ({}) is not it. Prefix searches ('ilíc') will always be widened with their whole word: "
                    + "the same results, but the planner may choose a slower plan on a large site. Run Newsdesk as the "
                    + "owner of its tables (the user its migrations ran as) to let it read them.", currentUser());
        }
    }

    /** Whether this database user may read the text indexes' statistics: it owns them (or is a superuser). */
    boolean statisticsVisible() {
        return jdbc.sql("select coalesce(bool_and(pg_has_role(c.relowner, 'USAGE')), true) from pg_class c"
                        + " where c.oid = to_regclass(:index)")
                .param("index", "news_items_search_" + Language.EN.code() + "_idx")
                .query(Boolean.class)
                .single();
    }

    private String currentUser() {
        return jdbc.sql("select current_user").query(String.class).single();
    }

    /** How many most common words the statistics of the language's text index hold (0 before any ANALYZE). */
    int lexemes(Language language) {
        return jdbc.sql("""
                        select coalesce(max(array_length(most_common_elems, 1)), 0) from pg_stats
                        where schemaname = current_schema() and tablename = :index""")
                .param("index", "news_items_search_" + language.code() + "_idx")
                .query(Integer.class)
                .single();
    }
}
