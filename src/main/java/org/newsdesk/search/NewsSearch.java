package org.newsdesk.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.newsdesk.web.Pagination;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;
import org.newsdesk.news.tags.TagsOfItems;
import org.newsdesk.news.tags.TagLink;

import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.news.NewsLinks;
import org.newsdesk.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over visible items with PostgreSQL: the stored {@code news_items.search_vector}
 * (title A, tags B, summary C, body D; see {@code V40}–{@code V42}) and its GIN index.
 *
 * <p>One statement finds the matches, keeps the newest {@link SearchProperties#rankedMatches()},
 * ranks those and cuts snippets for the page shown (with each item's lead picture, joined in); a second loads the tags of that page; two
 * small ones list the topics and years the filters offer. The tsquery is written out where it is
 * used rather than computed once in a CTE: with the reader's text bound, PostgreSQL folds it into
 * a constant when it plans the statement, and then knows from its statistics whether a word is
 * rare (read the GIN index, then sort the few matches by date) or in most items (walk the newest
 * items and stop after enough matches). {@code plan_cache_mode} keeps it planning each search with
 * its own words, rather than settling on one generic plan after a few runs of the same statement.
 */
@Service
@Transactional(readOnly = true)
class NewsSearch {

    /**
     * The text search configuration of English items' vectors: English stemming, accents ignored.
     * Spanish items' are built with {@code newsdesk_spanish} (V82); a search parses its words with
     * the configuration of its page's language ({@link Language#searchConfiguration()}).
     */
    static final String CONFIG = Language.EN.searchConfiguration();

    /** How {@code ts_headline} cuts a snippet: about one to two lines, in up to two fragments. */
    static final String HEADLINE_OPTIONS = "StartSel=" + HighlightedSnippet.START + ", StopSel="
            + HighlightedSnippet.STOP + ", MaxWords=35, MinWords=20, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * Tags with at least one visible item. The lateral "limit 1" asks for the first visible item of
     * each tag, a short index walk, where an "exists" tends to be planned as a hash of all its links.
     */
    static final String TOPICS_SQL = """
            select coalesce(tr.slug, t.slug) as slug, coalesce(tr.name, t.name) as name,
                   tr.name is null and :language <> 'en' as untranslated
            from tags t
            left join tag_translations tr on tr.tag_id = t.id and tr.language = :language
            cross join lateral (select 1 from news_item_tags nit join news_items i on i.id = nit.news_item_id
                                where nit.tag_id = t.id and news_item_is_visible(i.status, i.published_at, :now)
                                  and i.language = :language
                                limit 1) visible
            order by lower(coalesce(tr.name, t.name))""";

    /**
     * Years with visible items, newest first, in the site's time zone. A loose index scan: from the
     * newest item, jump to the newest item before each year's start, one index probe per year, rather
     * than reading every item's date.
     */
    static final String YEARS_SQL = """
            with recursive years (start) as (
                select date_trunc('year', max(published_at) at time zone :zone) at time zone :zone
                from news_items where news_item_is_visible(status, published_at, :now) and language = :language
                union all
                select (select date_trunc('year', max(i.published_at) at time zone :zone) at time zone :zone
                        from news_items i where news_item_is_visible(i.status, i.published_at, :now)
                                                and i.language = :language and i.published_at < years.start)
                from years where years.start is not null
            )
            select cast(extract(year from start at time zone :zone) as int) as year from years where start is not null""";

    private final JdbcClient jdbc;
    private final TagsOfItems itemTags;
    private final SiteProperties site;
    private final SiteTime time;
    private final SearchProperties settings;
    private final PrefixEstimates prefixEstimates;

    NewsSearch(JdbcClient jdbc, TagsOfItems itemTags, SiteProperties site, SiteTime time, SearchProperties settings,
               PrefixEstimates prefixEstimates) {
        this.jdbc = jdbc;
        this.itemTags = itemTags;
        this.site = site;
        this.time = time;
        this.settings = settings;
        this.prefixEstimates = prefixEstimates;
    }

    SearchResults search(Language language, SearchQuery query, SearchFilters filters, int page) {
        return search(language, query, filters, page,
                query.hasPrefix() && !prefixEstimates.estimated(language) ? Prefix.WIDENED : Prefix.AS_TYPED);
    }

    /** The same with the prefix term written as given (the tests compare both ways). */
    SearchResults search(Language language, SearchQuery query, SearchFilters filters, int page, Prefix prefix) {
        OffsetDateTime now = time.now().atOffset(ZoneOffset.UTC);
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        List<Row> rows = jdbc.sql(pageSql(language, query, filters, prefix))
                .param("language", language.code())
                .param("text", query.text())
                .param("rest", query.rest())
                .param("prefix", query.prefix())
                .param("word", query.word())
                .param("now", now)
                .param("tag", filters.tag())
                .param("from", filters.year() == null ? null : startOfYear(filters.year()))
                .param("until", filters.year() == null ? null : startOfYear(filters.year() + 1))
                // One more than are ranked, to know whether there are more.
                .param("candidates", settings.rankedMatches() + 1)
                .param("limit", site.pageSize())
                .param("offset", (long) (page - 1) * site.pageSize())
                .param("markers", HighlightedSnippet.MARKERS)
                .param("start", String.valueOf(HighlightedSnippet.START))
                .param("options", HEADLINE_OPTIONS)
                .query((rs, rowNumber) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getObject("published_at", OffsetDateTime.class), rs.getLong("total"),
                        rs.getString("summary_snippet"), rs.getString("body_snippet"), Pictures.joined(rs)))
                .list();
        long found = rows.isEmpty() ? 0 : rows.get(0).total();
        boolean more = found > settings.rankedMatches();
        // An empty page past the first means the page does not exist: Pagination answers 404.
        Pagination pagination = Pagination.of(page, Math.min(found, settings.rankedMatches()), site.pageSize(),
                        NewsLinks.search(language))
                .withQuery(filters.queryString(query));
        Map<Long, List<TagLink>> tags = itemTags.of(rows.stream().map(Row::id).toList(), language);
        List<SearchResult> results = rows.stream()
                .map(row -> new SearchResult(row.slug(), row.title(),
                        time.local(row.publishedAt().toInstant()),
                        tags.getOrDefault(row.id(), List.of()), row.snippetHtml(), row.picture(), language))
                .toList();
        return new SearchResults(results, pagination, more);
    }

    /** The topics and years that have visible items, for the filters. */
    SearchOptions options(Language language) {
        OffsetDateTime now = time.now().atOffset(ZoneOffset.UTC);
        List<TagLink> tags = jdbc.sql(TOPICS_SQL)
                .param("now", now)
                .param("language", language.code())
                .query((rs, rowNumber) -> new TagLink(rs.getString("slug"), rs.getString("name"), language,
                        rs.getBoolean("untranslated") ? Language.EN : language))
                .list();
        List<Integer> years = jdbc.sql(YEARS_SQL)
                .param("zone", time.zone().getId())
                .param("now", now)
                .param("language", language.code())
                .query(Integer.class)
                .list();
        return new SearchOptions(tags, years);
    }

    /**
     * The statement of one page of results; also written out for the benchmark (bench/search).
     *
     * <p>Relevance is {@code ts_rank_cd} with weights D 0.1, C 0.2, B 0.4, A 1.0, divided by 1 + the
     * log of the document length so that a long body does not win by repetition alone. It is made
     * gently smaller with age: 1 / (1 + ln(1 + age in years)) halves it after about 21 months and
     * leaves a third after nine years, so a title match from years ago still beats a passing mention
     * in this week's body text. Ties go to the newest.
     */
    static String pageSql(SearchQuery query, SearchFilters filters) {
        return pageSql(Language.EN, query, filters, Prefix.AS_TYPED);
    }

    /**
     * The same in one language: its items only, its words parsed with its text search configuration.
     *
     * <p>The candidates are found with the language's own vector expression ({@link #vector}), not
     * with {@code language = …}: PostgreSQL keeps statistics for it per language (V100), so that
     * it knows how frequent the query's words are among that language's items, and chooses well
     * between walking the newest items and reading all matches from the text index.
     */
    static String pageSql(Language language, SearchQuery query, SearchFilters filters, Prefix prefix) {
        // Only fixed SQL is assembled here (the configuration's name and the language's code are
        // constants of Language); everything the reader typed is a bind parameter. The language is
        // written out, not bound, so that PostgreSQL always picks that language's indexes (V100),
        // also in the generic plan of a statement prepared by the driver.
        String config = language.searchConfiguration();
        String tsquery = tsquery(config, query.form());
        String candidatesTsquery = prefix == Prefix.WIDENED ? widened(config, query.form()) : tsquery;
        StringBuilder filter = new StringBuilder();
        if (filters.year() != null) {
            filter.append("\n      and i.published_at >= :from and i.published_at < :until");
        }
        if (filters.tag() != null) {
            // Tag ids kept on the item (V41): a cheap test per row, and a GIN index to combine with the words'.
            filter.append("\n      and i.search_tag_ids @> array[(select t.id from tags t left join tag_translations tr"
                    + " on tr.tag_id = t.id and tr.language = :language where coalesce(tr.slug, t.slug) = :tag)]");
        }
        return """
                with candidates as (
                    select i.id, i.published_at
                    from news_items i
                    where %6$s @@ %4$s
                      and news_item_is_visible(i.status, i.published_at, :now)%2$s
                    order by i.published_at desc, i.id desc
                    limit :candidates
                ),
                ranked as (
                    select c.id, c.published_at, count(*) over () as total,
                           ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', r.search_vector, %1$s, 1)
                               / (1 + ln(1 + greatest(extract(epoch from (:now - c.published_at)), 0) / 31557600.0)) as score
                    from candidates c
                    join news_items r on r.id = c.id
                    order by score desc, c.published_at desc, c.id desc
                    limit :limit offset :offset
                )
                select i.id, i.slug, i.title, i.published_at, ranked.total, headline.summary_snippet, %5$s,
                       case when strpos(headline.summary_snippet, :start) = 0 and i.body_html <> ''
                            then ts_headline('%3$s', translate(regexp_replace(i.body_html, '<[^>]*>', ' ', 'g'), :markers, ''),
                                             %1$s, :options)
                       end as body_snippet
                from ranked
                join news_items i on i.id = ranked.id
                left join pictures p on p.id = i.lead_picture_id
                cross join lateral (select ts_headline('%3$s', translate(i.summary, :markers, ''), %1$s, :options)
                                    as summary_snippet) headline
                order by ranked.score desc, ranked.published_at desc, ranked.id desc""".formatted(tsquery, filter, config,
                candidatesTsquery, Pictures.JOINED_COLUMNS, vector(language));
    }

    /**
     * A language's items' search vectors, null for the other language's items: the expression of
     * its text index and of the condition of its index of newest items (V100), written the same
     * way here or PostgreSQL uses neither.
     */
    static String vector(Language language) {
        return "(case when i.language = '" + language.code() + "' then i.search_vector end)";
    }

    /** How the last word's prefix term is written where the candidates are chosen. */
    enum Prefix {
        /** As the query has it: {@code 'ilic':*}. */
        AS_TYPED,
        /** ORed with its whole word, for the planner's estimate only: see {@link #widened}. */
        WIDENED
    }

    /**
     * The same matches as {@link #tsquery}, written so that the planner can estimate them when it
     * cannot estimate a prefix term: with fewer than {@value PrefixEstimates#MIN_LEXEMES} most
     * common words in a language's statistics (a small site, or a benchmark's small vocabulary) it
     * guesses a prefix term ({@code 'traffick':*}) to match 2% of the items, however common the
     * word: for a word in every item it then read all 100,000 matches through the text index and
     * sorted them (200 ms) instead of walking the newest items until it had enough (5 ms). The whole
     * word ORed in ({@code 'traffick':* | 'traffick'}) changes nothing in what matches, since
     * whatever the word matches its prefix matches too, but its statistics are known.
     *
     * <p>Only then ({@link PrefixEstimates}): with enough statistics the prefix is estimated from the
     * words that start with it, and the whole word ORed in counts that word twice. On the benchmark's
     * 100,000 items, {@code albergues or refugiados} (3,100 Spanish matches) was then estimated at
     * 6,200 and found by walking the newest items (17 ms for the candidates) rather than from the
     * text index (10 ms).
     */
    private static String widened(String config, SearchQuery.Form form) {
        String prefix = "to_tsquery('" + config + "', :prefix)";
        String widened = "(" + prefix + " || to_tsquery('" + config + "', :word))";
        return tsquery(config, form).replace(prefix, widened);
    }

    private static String tsquery(String config, SearchQuery.Form form) {
        String text = "websearch_to_tsquery('" + config + "', :text)";
        String rest = "websearch_to_tsquery('" + config + "', :rest)";
        String prefix = "to_tsquery('" + config + "', :prefix)";
        return switch (form) {
            case PLAIN -> text;
            case PREFIX -> prefix;
            case AND_PREFIX -> "(" + rest + " && " + prefix + ")";
            case OR_PREFIX -> "(" + rest + " || " + prefix + ")";
            case EITHER -> "(" + text + " || (" + rest + " && " + prefix + "))";
        };
    }

    private OffsetDateTime startOfYear(int year) {
        return time.startOfYear(year).atOffset(ZoneOffset.UTC);
    }

    private record Row(long id, String slug, String title, OffsetDateTime publishedAt, long total,
                       String summarySnippet, String bodySnippet, PictureView picture) {

        /** The summary's snippet when the match is there, else the body's, else the start of the summary. */
        String snippetHtml() {
            if (!HighlightedSnippet.hasHighlight(summarySnippet) && HighlightedSnippet.hasHighlight(bodySnippet)) {
                return HighlightedSnippet.toHtml(bodySnippet, true);
            }
            return HighlightedSnippet.toHtml(summarySnippet, false);
        }
    }
}
