package org.newsdesk.transfer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.news.NewsItem;
import org.newsdesk.site.DateRange;
import org.newsdesk.site.UnicodeText;
import org.newsdesk.site.TextPatterns;

/**
 * Reads the plain-text format of the customer's old news page: blocks of a date line ("4 December,
 * 2017", also "4 December 2017", "December 4, 2017" or "4 de diciembre de 2017"), a title line and
 * a summary paragraph, separated by blank lines. The title and summary may follow the date on the
 * next lines or after a blank line; a summary wrapped over several lines is joined. Anything that
 * cannot be read is reported with its line numbers, never guessed.
 */
final class NewsTextParser {

    static final int MAX_ENTRIES = 1000;

    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th|º)?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ONE_LINE = Pattern.compile(TextPatterns.NO_CONTROL_CHARACTERS);
    private static final Map<String, Integer> MONTHS = months();

    private NewsTextParser() {
    }

    static Parsed parse(String text) {
        List<Paragraph> paragraphs = paragraphs(text);
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<LocalDate, Integer> perDate = new HashMap<>();
        int p = 0;
        while (p < paragraphs.size()) {
            Paragraph paragraph = paragraphs.get(p++);
            DateLine date = dateLine(paragraph.lines().get(0));
            if (date == null) {
                problems.add(new Problem(paragraph.first(), paragraph.last(), "admin.transfer.text.error.noDate", List.of()));
                continue;
            }
            // The lines of this block after the date: the rest of its paragraph, then following paragraphs as needed.
            List<String> rest = new ArrayList<>(paragraph.lines().subList(1, paragraph.lines().size()));
            int last = paragraph.last();
            if (rest.isEmpty() && p < paragraphs.size() && !startsWithDate(paragraphs.get(p))) {
                Paragraph next = paragraphs.get(p++);
                rest.addAll(next.lines());
                last = next.last();
            }
            if (rest.size() == 1 && p < paragraphs.size() && !startsWithDate(paragraphs.get(p))) {
                Paragraph next = paragraphs.get(p++);
                rest.addAll(next.lines());
                last = next.last();
            }
            if (date.value() == null) {
                problems.add(new Problem(paragraph.first(), last, date.problem(), List.of(paragraph.lines().get(0))));
                continue;
            }
            if (rest.isEmpty()) {
                problems.add(new Problem(paragraph.first(), last, "admin.transfer.text.error.noTitle", List.of()));
                continue;
            }
            if (rest.size() == 1) {
                problems.add(new Problem(paragraph.first(), last, "admin.transfer.text.error.noSummary", List.of()));
                continue;
            }
            String title = rest.get(0);
            String summary = String.join(" ", rest.subList(1, rest.size()));
            String problem = check(title, summary);
            if (problem != null) {
                problems.add(new Problem(paragraph.first(), last, problem, List.of(title)));
                continue;
            }
            if (entries.size() == MAX_ENTRIES) {
                problems.add(new Problem(paragraph.first(), last, "admin.transfer.text.error.tooMany", List.of(MAX_ENTRIES)));
                break;
            }
            int order = perDate.merge(date.value(), 1, Integer::sum) - 1;
            entries.add(new Entry(paragraph.first(), last, date.value(), title, summary, order));
        }
        return new Parsed(entries, problems);
    }

    private static String check(String title, String summary) {
        if (!ONE_LINE.matcher(title).matches() || !ONE_LINE.matcher(summary).matches()) {
            return "admin.transfer.text.error.controlCharacters";
        }
        if (title.length() > NewsItem.TITLE_MAX_LENGTH) {
            return "admin.transfer.text.error.titleLength";
        }
        if (summary.length() > NewsItem.SUMMARY_MAX_LENGTH) {
            return "admin.transfer.text.error.summaryLength";
        }
        return null;
    }

    private static boolean startsWithDate(Paragraph paragraph) {
        return dateLine(paragraph.lines().get(0)) != null;
    }

    /** A line shaped like a date; its value is null (with a problem) when it names no real day. */
    private static DateLine dateLine(String line) {
        Matcher dayFirst = DAY_FIRST.matcher(line);
        Matcher monthFirst = MONTH_FIRST.matcher(line);
        String day;
        String month;
        String year;
        if (dayFirst.matches()) {
            day = dayFirst.group(1);
            month = dayFirst.group(2);
            year = dayFirst.group(3);
        }
        else if (monthFirst.matches() && MONTHS.containsKey(monthFirst.group(1).toLowerCase(Locale.ROOT))) {
            month = monthFirst.group(1);
            day = monthFirst.group(2);
            year = monthFirst.group(3);
        }
        else {
            return null;
        }
        Integer monthNumber = MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (monthNumber == null) {
            return new DateLine(null, "admin.transfer.text.error.unknownMonth");
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
            return DateRange.contains(date) ? new DateLine(date, null) : new DateLine(null, "admin.transfer.text.error.dateOutOfRange");
        }
        catch (DateTimeException e) {
            return new DateLine(null, "admin.transfer.text.error.noSuchDate");
        }
    }

    /** Runs of non-blank lines ({@link UnicodeText#isBlank}), with their line numbers (from 1), each line trimmed. */
    private static List<Paragraph> paragraphs(String text) {
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            // A line of only invisible or no-break spaces is a blank line, as it looks.
            String line = UnicodeText.isBlank(lines[i]) ? "" : lines[i].strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(new Paragraph(first, i, current));
                    current = new ArrayList<>();
                }
            }
            else {
                if (current.isEmpty()) {
                    first = i + 1;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(new Paragraph(first, lines.length, current));
        }
        return paragraphs;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        String[] spanish = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                "octubre", "noviembre", "diciembre"};
        for (int i = 0; i < 12; i++) {
            months.put(english[i], i + 1);
            months.put(english[i].substring(0, 3), i + 1);
            months.put(spanish[i], i + 1);
            // "dic.", "ene.", "ago.": the Spanish abbreviations (the others are the English ones).
            months.put(spanish[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        // Costa Rica and much of Central America write "setiembre", shortened "set.".
        months.put("setiembre", 9);
        months.put("set", 9);
        return months;
    }

    /** The entries read and the blocks that could not be. */
    record Parsed(List<Entry> entries, List<Problem> problems) {
    }

    /**
     * One item read from the text.
     *
     * @param firstLine the line of its date
     * @param order its position among the entries of the same date, from 0
     */
    record Entry(int firstLine, int lastLine, LocalDate date, String title, String summary, int order) {
    }

    /** Lines that could not be read, with a message code and its arguments. */
    record Problem(int firstLine, int lastLine, String code, List<Object> arguments) {
    }

    private record Paragraph(int first, int last, List<String> lines) {
    }

    private record DateLine(LocalDate value, String problem) {
    }
}
