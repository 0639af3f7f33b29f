package org.newsdesk.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.system.Pagination;
import org.newsdesk.system.SiteProperties;
import org.newsdesk.tags.TagLink;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over visible items with PostgreSQL: the stored {@code news_items.search_vector}
 * (title A, tags B, summary C, body D; see {@code V40}–{@code V42}) and its GIN index. A page
 * costs two statements: the page of results with their total and snippets, then their tags.
 */
@Service
@Transactional(readOnly = true)
class NewsSearch {

    /** The text search configuration of the search vector: English stemming, accents ignored. */
    static final String CONFIG = "newsdesk_english";

    /** How {@code ts_headline} cuts a snippet: about one to two lines, in up to two fragments. */
    private static final String HEADLINE_OPTIONS = "StartSel=" + HighlightedSnippet.START + ", StopSel="
            + HighlightedSnippet.STOP + ", MaxWords=35, MinWords=20, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * Relevance ({@code ts_rank_cd} with weights D 0.1, C 0.2, B 0.4, A 1.0, divided by 1 + the
     * log of the document length so that a long body does not win by repetition alone), made
     * gently smaller with age: 1 / (1 + ln(1 + age in years)) halves it after about 21 months and
     * leaves a third after nine years, so a title match from years ago still beats a passing
     * mention in this week's body text.
     */
    private static final String SCORE = """
            ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', i.search_vector, query.q, 1)
                / (1 + ln(1 + greatest(extract(epoch from (:now - i.published_at)), 0) / 31557600.0))""";

    private final JdbcClient jdbc;
    private final SiteProperties site;
    private final Clock clock;

    NewsSearch(JdbcClient jdbc, SiteProperties site, Clock clock) {
        this.jdbc = jdbc;
        this.site = site;
        this.clock = clock;
    }

    SearchResults search(SearchQuery query, SearchFilters filters, int page) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        String basePath = "/search";
        List<Row> rows = jdbc.sql(pageSql(query, filters))
                .param("text", query.text())
                .param("rest", query.rest())
                .param("prefix", query.prefix())
                .param("now", now)
                .param("tag", filters.tag())
                .param("from", filters.year() == null ? null : startOfYear(filters.year()))
                .param("until", filters.year() == null ? null : startOfYear(filters.year() + 1))
                .param("limit", site.pageSize())
                .param("offset", (long) (page - 1) * site.pageSize())
                .param("markers", HighlightedSnippet.MARKERS)
                .param("start", String.valueOf(HighlightedSnippet.START))
                .param("options", HEADLINE_OPTIONS)
                .query((rs, rowNumber) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getObject("published_at", OffsetDateTime.class), rs.getLong("total"),
                        rs.getString("summary_snippet"), rs.getString("body_snippet")))
                .list();
        // An empty page past the first means the page does not exist: Pagination answers 404.
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        Pagination pagination = Pagination.of(page, total, site.pageSize(), basePath).withQuery(filters.queryString(query));
        Map<Long, List<TagLink>> tags = tagsOf(rows);
        List<SearchResult> results = rows.stream()
                .map(row -> new SearchResult(row.slug(), row.title(),
                        row.publishedAt().atZoneSameInstant(site.timeZone()).toOffsetDateTime(),
                        tags.getOrDefault(row.id(), List.of()), row.snippetHtml()))
                .toList();
        return new SearchResults(results, pagination);
    }

    /** The topics and years that have visible items, for the filters. */
    SearchOptions options() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<TagLink> tags = jdbc.sql("""
                        select t.slug, t.name from tags t
                        where exists (select 1 from news_item_tags nit join news_items i on i.id = nit.news_item_id
                                      where nit.tag_id = t.id and i.status = 'PUBLISHED' and i.published_at <= :now)
                        order by lower(t.name)""")
                .param("now", now)
                .query((rs, rowNumber) -> new TagLink(rs.getString("slug"), rs.getString("name")))
                .list();
        List<Integer> years = jdbc.sql("""
                        select distinct cast(extract(year from published_at at time zone :zone) as int) as year
                        from news_items where status = 'PUBLISHED' and published_at <= :now
                        order by year desc""")
                .param("zone", site.timeZone().getId())
                .param("now", now)
                .query(Integer.class)
                .list();
        return new SearchOptions(tags, years);
    }

    private static String pageSql(SearchQuery query, SearchFilters filters) {
        // Only fixed SQL is assembled here; everything the reader typed is a bind parameter.
        String tsquery = "websearch_to_tsquery('" + CONFIG + "', :text)";
        if (query.hasPrefix()) {
            String prefixTerm = "to_tsquery('" + CONFIG + "', :prefix)";
            String rest = "websearch_to_tsquery('" + CONFIG + "', :rest)";
            tsquery = "(" + tsquery + " || (" + rest + (query.prefixIsAlternative() ? " || " : " && ") + prefixTerm + "))";
        }
        StringBuilder where = new StringBuilder(
                "i.search_vector @@ query.q and i.status = 'PUBLISHED' and i.published_at <= :now");
        if (filters.year() != null) {
            where.append(" and i.published_at >= :from and i.published_at < :until");
        }
        if (filters.tag() != null) {
            where.append(" and i.id in (select nit.news_item_id from news_item_tags nit join tags t on t.id = nit.tag_id"
                    + " where t.slug = :tag)");
        }
        return """
                with query as (select %s as q),
                page as (
                    select i.id, i.published_at, %s as score, count(*) over () as total
                    from news_items i, query
                    where %s
                    order by score desc, i.published_at desc, i.id desc
                    limit :limit offset :offset
                )
                select i.id, i.slug, i.title, i.published_at, page.total, headline.summary_snippet,
                       case when strpos(headline.summary_snippet, :start) = 0 and i.body_html <> ''
                            then ts_headline('%s', translate(regexp_replace(i.body_html, '<[^>]*>', ' ', 'g'), :markers, ''),
                                             query.q, :options)
                       end as body_snippet
                from page
                join news_items i on i.id = page.id
                cross join query
                cross join lateral (select ts_headline('%s', translate(i.summary, :markers, ''), query.q, :options)
                                    as summary_snippet) headline
                order by page.score desc, page.published_at desc, page.id desc
                """.formatted(tsquery, SCORE, where, CONFIG, CONFIG);
    }

    private Map<Long, List<TagLink>> tagsOf(List<Row> rows) {
        Map<Long, List<TagLink>> tags = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return tags;
        }
        jdbc.sql("""
                        select nit.news_item_id, t.slug, t.name from news_item_tags nit join tags t on t.id = nit.tag_id
                        where nit.news_item_id in (:ids) order by lower(t.name)""")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong("news_item_id"), id -> new ArrayList<>())
                            .add(new TagLink(rs.getString("slug"), rs.getString("name")));
                });
        return tags;
    }

    private OffsetDateTime startOfYear(int year) {
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(site.timeZone()).toInstant();
        return start.atOffset(ZoneOffset.UTC);
    }

    private record Row(long id, String slug, String title, OffsetDateTime publishedAt, long total,
                       String summarySnippet, String bodySnippet) {

        /** The summary's snippet when the match is there, else the body's, else the start of the summary. */
        String snippetHtml() {
            if (!HighlightedSnippet.hasHighlight(summarySnippet) && HighlightedSnippet.hasHighlight(bodySnippet)) {
                return HighlightedSnippet.toHtml(bodySnippet, true);
            }
            return HighlightedSnippet.toHtml(summarySnippet, false);
        }
    }
}
