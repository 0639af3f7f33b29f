package org.newsdesk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.accounts.CurrentUser;
import org.newsdesk.news.ItemSnapshot;
import org.newsdesk.news.NewsItemTransfer;
import org.newsdesk.news.TextEntry;
import org.newsdesk.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import and export ({@code /admin/transfer}): (a) the customer's old news page as plain text,
 * pasted or uploaded, shown as a preview and created only when the editor confirms (the text
 * travels in a hidden field, so nothing is kept on the server in between); (b) every item as
 * JSON, downloaded, and such a file imported back.
 */
@Controller
@RequestMapping("/admin/transfer")
class TransferController {

    /** The customer's whole news page is about 100 KB; this leaves room and keeps the confirm form small. */
    static final int TEXT_MAX_CHARACTERS = 500_000;
    static final long TEXT_FILE_MAX_BYTES = 1024 * 1024;
    static final long JSON_FILE_MAX_BYTES = 20L * 1024 * 1024;

    private final NewsItemTransfer transfer;
    private final JsonItemImport jsonImport;
    private final JsonMapper json;
    private final SiteProperties site;
    private final MessageSource messages;
    private final Clock clock;

    TransferController(NewsItemTransfer transfer, JsonItemImport jsonImport, JsonMapper json, SiteProperties site,
                       MessageSource messages, Clock clock) {
        this.transfer = transfer;
        this.jsonImport = jsonImport;
        this.json = json;
        this.site = site;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView index() {
        return page("", "draft", null, List.of());
    }

    /** Reads the pasted text or the uploaded file and shows what would be created. */
    @PostMapping("/text")
    ModelAndView previewText(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
                             @RequestParam(name = "as", required = false) String as) {
        String status = publishedOrDraft(as);
        String source = text == null ? "" : text;
        if (file != null && !file.isEmpty()) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".txt")) {
                return page(source, status, message("admin.transfer.text.error.notTxt"), List.of());
            }
            if (file.getSize() > TEXT_FILE_MAX_BYTES) {
                return page(source, status, message("admin.transfer.text.error.fileTooLarge"), List.of());
            }
            try {
                source = utf8(file);
            }
            catch (CharacterCodingException e) {
                return page(source, status, message("admin.transfer.text.error.notUtf8"), List.of());
            }
            catch (IOException e) {
                return page(source, status, message("admin.transfer.text.error.unreadable"), List.of());
            }
        }
        String error = checkText(source);
        if (error != null) {
            return page(source, status, error, List.of());
        }
        NewsTextParser.Parsed parsed = NewsTextParser.parse(source);
        if (parsed.entries().isEmpty() && parsed.problems().isEmpty()) {
            return page(source, status, message("admin.transfer.text.error.empty"), List.of());
        }
        Set<String> seen = new HashSet<>();
        List<PreviewRow> rows = parsed.entries().stream().map(entry -> {
            String key = entry.date() + " " + entry.title().toLowerCase(Locale.ROOT);
            Outcome outcome = !seen.add(key) ? Outcome.REPEATED
                    : transfer.existsWithTitleOn(entry.title(), entry.date()) ? Outcome.EXISTS : Outcome.NEW;
            return new PreviewRow(entry.firstLine(), entry.date(), entry.title(), entry.summary(), outcome);
        }).toList();
        return new ModelAndView("admin/transfer/preview")
                .addObject("text", source)
                .addObject("as", status)
                .addObject("rows", rows)
                .addObject("toCreate", rows.stream().filter(row -> row.outcome() == Outcome.NEW).count())
                .addObject("skipped", rows.stream().filter(row -> row.outcome() != Outcome.NEW).count())
                .addObject("problems", parsed.problems().stream().map(this::problem).toList());
    }

    /** Back from the preview to the text, to correct it. */
    @PostMapping("/text/edit")
    ModelAndView editText(@RequestParam(required = false) String text, @RequestParam(name = "as", required = false) String as) {
        return page(text == null ? "" : text, publishedOrDraft(as), null, List.of());
    }

    /**
     * Creates the items of the text the editor saw in the preview. The text is read again, and
     * items already on the site (same title, same date) are skipped again, so a second click, a
     * reload or a second import of the same text creates nothing twice.
     */
    @PostMapping("/text/confirm")
    ModelAndView confirmText(@RequestParam(required = false) String text, @RequestParam(name = "as", required = false) String as,
                       @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn, RedirectAttributes redirect) {
        String source = text == null ? "" : text;
        String status = publishedOrDraft(as);
        String error = checkText(source);
        if (error != null) {
            return page(source, status, error, List.of());
        }
        List<TextEntry> entries = NewsTextParser.parse(source).entries().stream()
                .map(entry -> new TextEntry(entry.date(), entry.title(), entry.summary(), entry.order()))
                .toList();
        int created = transfer.createFromText(entries, status.equals("published"), signedIn.displayName());
        redirect.addFlashAttribute("flash", message(status.equals("published")
                ? "admin.transfer.text.createdPublished" : "admin.transfer.text.createdDrafts", created,
                entries.size() - created));
        return new ModelAndView("redirect:/admin/items");
    }

    /** Every item as one JSON file, to keep as a backup or to import on another server. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        ItemArchive archive = ItemArchive.of(transfer.snapshots(), clock.instant(), site.baseUrlText());
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(archive);
        String fileName = "newsdesk-items-" + LocalDate.ofInstant(clock.instant(), site.timeZone()) + ".json";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    @PostMapping("/json")
    ModelAndView importJson(@RequestParam(required = false) MultipartFile file,
                            @RequestParam(required = false) String update, @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn) {
        if (file == null || file.isEmpty()) {
            return page("", "draft", null, List.of(message("admin.transfer.json.noFile")));
        }
        if (file.getSize() > JSON_FILE_MAX_BYTES) {
            return page("", "draft", null, List.of(message("admin.transfer.json.tooLarge")));
        }
        try (InputStream input = file.getInputStream()) {
            List<ItemSnapshot.Outcome> outcomes = jsonImport.importFrom(input, update != null, signedIn.displayName());
            Map<ItemSnapshot.Kind, Long> counts = new EnumMap<>(ItemSnapshot.Kind.class);
            for (ItemSnapshot.Kind kind : ItemSnapshot.Kind.values()) {
                counts.put(kind, outcomes.stream().filter(outcome -> outcome.kind() == kind).count());
            }
            return new ModelAndView("admin/transfer/result")
                    .addObject("outcomes", outcomes)
                    .addObject("counts", counts)
                    .addObject("anySkipped", counts.get(ItemSnapshot.Kind.SKIPPED) > 0);
        }
        catch (JsonItemImport.Refused refused) {
            return page("", "draft", null, refused.problems());
        }
        catch (IOException e) {
            return page("", "draft", null, List.of(message("admin.transfer.text.error.unreadable")));
        }
    }

    private ModelAndView page(String text, String as, String textError, List<String> jsonProblems) {
        return new ModelAndView("admin/transfer/index")
                .addObject("text", text)
                .addObject("as", as)
                .addObject("textError", textError)
                .addObject("jsonProblems", jsonProblems)
                .addObject("maxJsonMegabytes", JSON_FILE_MAX_BYTES / 1024 / 1024);
    }

    private String checkText(String text) {
        if (text.length() > TEXT_MAX_CHARACTERS) {
            return message("admin.transfer.text.error.tooLong", TEXT_MAX_CHARACTERS);
        }
        if (text.isBlank()) {
            return message("admin.transfer.text.error.empty");
        }
        return null;
    }

    private ProblemView problem(NewsTextParser.Problem problem) {
        String lines = problem.firstLine() == problem.lastLine()
                ? message("admin.transfer.text.line", problem.firstLine())
                : message("admin.transfer.text.lines", problem.firstLine(), problem.lastLine());
        return new ProblemView(lines, message(problem.code(), problem.arguments().toArray()));
    }

    private static String publishedOrDraft(String as) {
        return "published".equals(as) ? "published" : "draft";
    }

    /** The file as UTF-8 text (with or without a byte-order mark); anything else is refused, not garbled. */
    private static String utf8(MultipartFile file) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(file.getBytes()))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, site.locale());
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
