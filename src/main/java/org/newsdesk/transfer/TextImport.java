package org.newsdesk.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.news.ItemSnapshot;
import org.newsdesk.news.ItemSnapshots;
import org.newsdesk.news.NewsStatus;
import org.newsdesk.site.Language;
import org.newsdesk.site.Messages;
import org.newsdesk.site.SiteTime;
import org.newsdesk.site.UnicodeText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The customer's old news page as plain text (see {@link NewsTextParser}): read from a pasted
 * text or an uploaded file, previewed, and created when the editor confirms. An entry already on
 * the site (same title on the same date) or repeated in the text is skipped, so importing the
 * same text again creates nothing twice.
 */
@Service
class TextImport {

    /** The customer's whole news page is about 100 KB; this leaves room and keeps the confirm form small. */
    static final int TEXT_MAX_CHARACTERS = 500_000;
    static final long FILE_MAX_BYTES = 1024 * 1024;
    /** Items read from text have a date but no time: they are placed at noon, so the date is right in any zone nearby. */
    static final LocalTime TIME_OF_DAY = LocalTime.NOON;

    private final ItemSnapshots snapshots;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final SiteTime time;
    private final Clock clock;
    private final AuditLog audit;

    TextImport(ItemSnapshots snapshots, JdbcClient jdbc, Messages messages, SiteTime time, Clock clock, AuditLog audit) {
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.messages = messages;
        this.time = time;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * The text of an uploaded .txt file: UTF-8, with or without a byte-order mark. Anything else
     * is refused, not garbled.
     *
     * @throws Refused saying what is wrong with the file
     */
    String read(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt")) {
            throw new Refused(messages.get("admin.transfer.text.error.notTxt"));
        }
        if (file.getSize() > FILE_MAX_BYTES) {
            throw new Refused(messages.get("admin.transfer.text.error.fileTooLarge"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
            // Pasted text is normalised with every request parameter (web.UnicodeParametersFilter); a file's here.
            return UnicodeText.normalize(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        catch (CharacterCodingException e) {
            throw new Refused(messages.get("admin.transfer.text.error.notUtf8"));
        }
        catch (IOException e) {
            throw new Refused(messages.get("admin.transfer.text.error.unreadable"));
        }
    }

    /**
     * What would be created from the text, and the blocks that cannot be read.
     *
     * @throws Refused when the text is empty or too long
     */
    @Transactional(readOnly = true)
    Preview preview(String text) {
        NewsTextParser.Parsed parsed = NewsTextParser.parse(checked(text));
        Set<String> seen = new HashSet<>();
        List<PreviewRow> rows = parsed.entries().stream().map(entry -> {
            String key = entry.date() + " " + entry.title().toLowerCase(Locale.ROOT);
            Outcome outcome = !seen.add(key) ? Outcome.REPEATED
                    : snapshots.existsWithTitleOn(entry.title(), entry.date()) ? Outcome.EXISTS : Outcome.NEW;
            return new PreviewRow(entry.firstLine(), entry.date(), entry.title(), entry.summary(), outcome);
        }).toList();
        return new Preview(rows, parsed.problems().stream().map(this::problem).toList());
    }

    /**
     * Creates an item for every entry of the text that is not there yet, as drafts or published at
     * their dates, and says what it did in a message for the editor. The text lists the newest
     * first, so a later entry of the same date is placed a minute earlier.
     *
     * @param language {@code en} or {@code es}: the language of every item created
     * @param linkTwins link each entry's item to the other language's item at the same date and
     *                  position (the twin file imported before), when it has none ({@link ItemSnapshots#linkTwin})
     * @throws Refused when the text is empty or too long
     */
    @Transactional
    String create(String text, boolean publish, String language, boolean linkTwins, String editor) {
        List<NewsTextParser.Entry> entries = NewsTextParser.parse(checked(text)).entries();
        // Two confirmations of the same import (a double click) must not both pass the duplicate check.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('newsdesk:text-import'))").query().singleRow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int created = 0;
        int linked = 0;
        for (NewsTextParser.Entry entry : entries) {
            Instant publishedAt = entry.date().atTime(TIME_OF_DAY).minusMinutes(entry.order())
                    .atZone(time.zone()).toInstant();
            if (!snapshots.existsWithTitleOn(entry.title(), entry.date())) {
                snapshots.put(new ItemSnapshot(null, entry.title(), entry.summary(), "",
                        publish ? NewsStatus.PUBLISHED : NewsStatus.DRAFT, publishedAt, null, null, List.of(), List.of(),
                        now, editor, now, editor, language, null), editor);
                created++;
            }
            if (linkTwins && snapshots.linkTwin(entry.title(), publishedAt, Language.ofCode(language))) {
                linked++;
            }
        }
        audit.record(AuditAction.IMPORT, "text", created + " created " + (publish ? "published" : "as drafts") + ", "
                + (entries.size() - created) + " already there" + (linkTwins ? ", " + linked + " linked to their translation" : ""));
        String message = messages.get(publish ? "admin.transfer.text.createdPublished" : "admin.transfer.text.createdDrafts",
                created, entries.size() - created);
        return linkTwins ? message + " " + messages.get("admin.transfer.text.linked", linked) : message;
    }

    private String checked(String text) {
        if (text.length() > TEXT_MAX_CHARACTERS) {
            throw new Refused(messages.get("admin.transfer.text.error.tooLong", TEXT_MAX_CHARACTERS));
        }
        if (text.isBlank()) {
            throw new Refused(messages.get("admin.transfer.text.error.empty"));
        }
        return text;
    }

    private ProblemView problem(NewsTextParser.Problem problem) {
        String lines = problem.firstLine() == problem.lastLine()
                ? messages.get("admin.transfer.text.line", problem.firstLine())
                : messages.get("admin.transfer.text.lines", problem.firstLine(), problem.lastLine());
        return new ProblemView(lines, messages.get(problem.code(), problem.arguments().toArray()));
    }

    /** The text or the file cannot be imported at all; the message says why. */
    static class Refused extends RuntimeException {

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    record Preview(List<PreviewRow> rows, List<ProblemView> problems) {

        long toCreate() {
            return rows.stream().filter(row -> row.outcome() == Outcome.NEW).count();
        }

        long skipped() {
            return rows.size() - toCreate();
        }
    }

    enum Outcome {
        NEW,
        EXISTS,
        REPEATED
    }

    /** One entry of the preview: where it is in the text, what was read, what will happen. */
    record PreviewRow(int line, LocalDate date, String title, String summary, Outcome outcome) {
    }

    record ProblemView(String lines, String message) {
    }
}
