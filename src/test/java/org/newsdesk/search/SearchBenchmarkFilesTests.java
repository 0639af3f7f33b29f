package org.newsdesk.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark (bench/search/run.sh) times the very statements the search runs, with the very
 * parameters its typical queries get. This test keeps the copies in bench/search/ equal to
 * the code: when the SQL or the query parsing changes, it fails until the files are written again
 * with {@code ./mvnw test -Dtest=SearchBenchmarkFilesTests -Dnewsdesk.bench.write=true}.
 */
class SearchBenchmarkFilesTests {

    static final Path BENCH = Path.of("bench", "search");

    /**
     * Typical queries: what readers of this site look for, every feature of the syntax (the ten of
     * issue 5), and a rare place name and its prefix, whose matches the GIN index finds among 100,000
     * items (the statements as on a site whose statistics can estimate a prefix: {@link PrefixEstimates}); each
     * in English ({@code /search}) and in Spanish ({@code /es/buscar}, issue 14: Spanish stemming,
     * "migrante" finds "migrantes", and accents, "migracion" finds "migración").
     */
    record Typical(String name, String q, String spanishQ, String tag, String year) {

        String q(Language language) {
            return language == Language.EN ? q : spanishQ;
        }
    }

    static final List<Typical> QUERIES = List.of(
            new Typical("one frequent word", "migration", "migración", null, null),
            new Typical("two words", "trafficking in persons", "trata de personas", null, null),
            new Typical("a rare place", "upala", "upala", null, null),
            new Typical("a rare prefix", "upal", "upal", null, null),
            new Typical("stemming", "repatriated", "migrante", null, null),
            new Typical("accents", "migracion", "migracion", null, null),
            new Typical("prefix", "human traffick", "tráfico ilíc", null, null),
            new Typical("phrase", "\"human trafficking\"", "\"trata de personas\"", null, null),
            new Typical("or", "smuggling or trafficking", "albergues or refugiados", null, null),
            new Typical("exclusion", "border -panama", "frontera -panamá", null, null),
            new Typical("with a topic", "health shelters", "salud albergues", "migrant-health", null),
            new Typical("with a year", "tapachula", "tapachula", null, "2020"));

    @Test
    void theBenchmarkRunsTheSearchStatementsAsTheyAre() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("queries.tsv", queries(Language.EN, files));
        files.put("queries-es.tsv", queries(Language.ES, files));
        files.put("sql/topics.sql", NewsSearch.TOPICS_SQL + ";\n");
        files.put("sql/years.sql", NewsSearch.YEARS_SQL + ";\n");
        files.put("headline.tsv", "options\t" + NewsSearch.HEADLINE_OPTIONS + "\nmarkers\t" + HighlightedSnippet.MARKERS
                + "\nstart\t" + HighlightedSnippet.START + "\n");

        if (Boolean.getBoolean("newsdesk.bench.write")) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = BENCH.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = BENCH.resolve(file.getKey());
            assertThat(path).as("%s is missing: write it with -Dnewsdesk.bench.write=true", path).exists();
            assertThat(Files.readString(path, StandardCharsets.UTF_8))
                    .as("%s differs from the code: write it again with -Dnewsdesk.bench.write=true", path)
                    .isEqualTo(file.getValue());
        }
    }

    /** The queries of one language's search page, and their statements into {@code files} ({@code sql/es/} for Spanish). */
    private static String queries(Language language, Map<String, String> files) {
        String folder = language == Language.EN ? "" : language.code() + "/";
        StringBuilder queries = new StringBuilder("# name\tstatement\tq\ttext\trest\tprefix\tword\ttag\tyear\n");
        for (Typical typical : QUERIES) {
            SearchQuery query = SearchQuery.parse(typical.q(language));
            SearchFilters filters = SearchFilters.parse(typical.tag(), typical.year());
            String shape = folder + "page-" + query.form().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + (filters.tag() != null ? "-tag" : "") + (filters.year() != null ? "-year" : "") + ".sql";
            files.put("sql/" + shape, NewsSearch.pageSql(language, query, filters, NewsSearch.Prefix.AS_TYPED) + ";\n");
            queries.append(String.join("\t", typical.name(), shape, typical.q(language), query.text(), orEmpty(query.rest()),
                    orEmpty(query.prefix()), orEmpty(query.word()), orEmpty(filters.tag()),
                    filters.year() == null ? "" : filters.year().toString())).append('\n');
        }
        return queries.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
