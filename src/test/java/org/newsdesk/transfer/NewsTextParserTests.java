package org.newsdesk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NewsTextParserTests {

    @Test
    void readsEveryBlockOfTheCustomersFormat() throws IOException {
        NewsTextParser.Parsed parsed = NewsTextParser.parse(fixture("news-page.txt"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.entries()).extracting(NewsTextParser.Entry::date).containsExactly(
                LocalDate.of(2017, 12, 4), LocalDate.of(2017, 11, 28), LocalDate.of(2017, 11, 28), LocalDate.of(2017, 10, 15));
        assertThat(parsed.entries()).extracting(NewsTextParser.Entry::title).containsExactly(
                "The prevention of trafficking in persons in high schools", "Return and reintegration of migrant children",
                "Migración en Centroamérica: nuevos datos", "Training for border officials");
        assertThat(parsed.entries()).extracting(NewsTextParser.Entry::firstLine).containsExactly(1, 5, 9, 13);
        // Two items of one date keep the order of the page, the first being the newest.
        assertThat(parsed.entries()).extracting(NewsTextParser.Entry::order).containsExactly(0, 0, 1, 0);
        // A summary wrapped over two lines is one paragraph.
        assertThat(parsed.entries().get(3).summary()).isEqualTo("Forty officials completed a course on identifying victims of "
                + "trafficking at land borders, with practical exercises at two crossing points.");
        assertThat(parsed.entries().get(3).lastLine()).isEqualTo(18);
    }

    @Test
    void listsWhatItCannotReadWithLineNumbers() throws IOException {
        NewsTextParser.Parsed parsed = NewsTextParser.parse(fixture("news-page-with-mistakes.txt"));

        assertThat(parsed.entries()).extracting(NewsTextParser.Entry::title)
                .containsExactly("A readable item", "Another readable item");
        assertThat(parsed.problems()).extracting(problem -> problem.firstLine() + "-" + problem.lastLine() + " " + problem.code())
                .containsExactly(
                        "5-5 admin.transfer.text.error.noDate",
                        "7-9 admin.transfer.text.error.noSuchDate",
                        "11-13 admin.transfer.text.error.unknownMonth",
                        "15-16 admin.transfer.text.error.noSummary");
        assertThat(parsed.problems().get(1).arguments()).containsExactly("31 February, 2017");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4 December, 2017|2017-12-04",
            "4 December 2017|2017-12-04",
            "04 december, 2017|2017-12-04",
            "December 4, 2017|2017-12-04",
            "4 Dec 2017|2017-12-04",
            "4th December 2017|2017-12-04",
            "4 de diciembre de 2017|2017-12-04",
            "4 setiembre 2017|2017-09-04",
            "4 diciembre, 2017|2017-12-04",
            "1 de setiembre de 2017|2017-09-01",
            "1 de septiembre del 2017|2017-09-01",
            "4 dic. 2017|2017-12-04",
            "4 de dic de 2017|2017-12-04",
            "4 de dic. de 2017|2017-12-04",
            "12 sept. 2017|2017-09-12",
            "12 set. 2017|2017-09-12",
            "3 ene 2018|2018-01-03",
            "15 ago. 2017|2017-08-15",
            "2 abr. 2017|2017-04-02",
            "9 Sep 2017|2017-09-09",
            "29 February, 2016|2016-02-29"})
    void readsTheDateLinesEditorsWrite(String line, LocalDate date) {
        NewsTextParser.Parsed parsed = NewsTextParser.parse(line + "\nTitle\nSummary.");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.entries()).extracting(NewsTextParser.Entry::date).containsExactly(date);
    }

    @Test
    void acceptsWindowsLineEndingsAndSpacesAroundLines() {
        NewsTextParser.Parsed parsed = NewsTextParser.parse("  4 December, 2017 \r\n\tTitle  \r\nSummary\r\n  continued.\r\n\r\n");

        assertThat(parsed.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Title");
            assertThat(entry.summary()).isEqualTo("Summary continued.");
        });
    }

    @Test
    void refusesTitlesAndSummariesTheDatabaseCannotHold() {
        NewsTextParser.Parsed parsed = NewsTextParser.parse("1 May 2020\n" + "T".repeat(201) + "\nSummary.\n\n"
                + "2 May 2020\nTitle\n" + "s".repeat(1001) + "\n\n3 May 2020\nBell\u0007\nSummary.");

        assertThat(parsed.entries()).isEmpty();
        assertThat(parsed.problems()).extracting(NewsTextParser.Problem::code).containsExactly(
                "admin.transfer.text.error.titleLength", "admin.transfer.text.error.summaryLength",
                "admin.transfer.text.error.controlCharacters");
    }

    @Test
    void aDateAloneIsNotAnItem() {
        NewsTextParser.Parsed parsed = NewsTextParser.parse("1 May 2020\n\n2 May 2020\nTitle\nSummary.");

        assertThat(parsed.problems()).extracting(NewsTextParser.Problem::code).containsExactly("admin.transfer.text.error.noTitle");
        assertThat(parsed.entries()).hasSize(1);
    }

    @Test
    void emptyTextHasNothing() {
        assertThat(NewsTextParser.parse("\n \n").entries()).isEqualTo(List.of());
        assertThat(NewsTextParser.parse("").problems()).isEmpty();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = NewsTextParserTests.class.getResourceAsStream("/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
