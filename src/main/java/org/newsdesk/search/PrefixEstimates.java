package org.newsdesk.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.newsdesk.site.Language;

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
 * <p>{@code pg_stats} shows an index expression's statistics only to the index's owner; they are
 * read through V101's function, which runs as that owner, so a database user that does not own
 * {@code news_items} gets the same answer.
 */
@Component
class PrefixEstimates {

    /** PostgreSQL's threshold (tsquery_opr_selec in src/backend/tsearch/ts_selfuncs.c). */
    static final int MIN_LEXEMES = 100;

    static final int EVERY_MINUTES = 10;

    private final JdbcClient jdbc;
    private volatile Map<Language, Boolean> estimated = Map.of();

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
    }

    /** How many most common words the statistics of the language's text index hold (0 before any ANALYZE). */
    int lexemes(Language language) {
        return jdbc.sql("select news_items_search_words(:language)")
                .param("language", language.code())
                .query(Integer.class)
                .single();
    }
}
