package org.newsdesk.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.AdminClient;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The classes of issue 12 that an editor's input reaches, each as the report saw it: extra
 * binding parameters, oversized multipart bodies and odd upload names (2), dates out of range (3),
 * text that only looks like text (6), a form sent twice (7) and JSON values of the wrong kind (8).
 * Each is refused with a message next to the field or at the top of the page, or made harmless,
 * and nothing is written that should not be. ({@link HostileInputIT} sends the same payloads to
 * every admin form and both imports.)
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileEditorInputIT extends IntegrationTest {

    static final String EDITOR = "ana.rojas@example.org";

    // Class 2: editors' input that reached a 500.

    @Test
    void parametersThatAreNoFieldOfTheFormAreIgnored() {
        AdminClient.Response response = admin.post("/admin/items", Map.of("title[0]", "x", "tags[0].name", "x",
                "summary[0]", "x", "class.module.classLoader.defaultAssertionStatus", "true", "action", "save"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(error(response.html(), "title")).isEqualTo("Give the item a title.");
        assertThat(news.count()).isZero();

        AdminClient.Response saved = admin.post("/admin/items", Map.of("title", "Kept", "title[0]", "x", "tags[0].name", "x",
                "summary", "A summary.", "tags", "Mexico", "action", "save"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(jdbc.sql("select title from news_items").query(String.class).single()).isEqualTo("Kept");
        assertThat(jdbc.sql("select name from tags").query(String.class).list()).containsExactly("Mexico");
    }

    @Test
    void aFiveMegabyteMultipartBodyToAnAdminFormIsTheSites413PageOrAMessage(CapturedOutput log) {
        int logStart = log.getOut().length();
        FormClient browser = signedInEditor();

        RawHttp.Response field = multipartPost(browser, "/admin/items", Map.of("action", "save", "summary", "S."),
                "title", null, "t".repeat(5_000_000));
        RawHttp.Response file = multipartPost(browser, "/admin/transfer/text", Map.of(),
                "file", "big.txt", "4 December, 2017\nTitle\n\n" + "s".repeat(5_000_000));

        assertThat(field.status()).isEqualTo(413);
        assertThat(Jsoup.parse(field.body()).selectFirst("h1").text()).isEqualTo("Too much was sent");
        assertThat(file.status()).isEqualTo(200);
        assertThat(Jsoup.parse(file.body()).text()).contains("The file is larger than");
        assertThat(news.count()).isZero();
        assertThat(log.getOut().substring(logStart)).doesNotContain(" ERROR ");
    }

    @Test
    void aTextFileNamedWithAPathAndANulIsTheSites400PageWithOneWarning(CapturedOutput log) {
        int logStart = log.getOut().length();
        FormClient browser = signedInEditor();

        RawHttp.Response response = textFile(browser, "../../etc/passwd\0.txt");

        // Tomcat will not give out a file name with a NUL: the request is malformed, refused at the door (class 1's rule).
        assertThat(response.status()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("This page cannot be shown");
        assertThat(response.body()).doesNotContain("etc/passwd").doesNotContain("\0");
        String logged = log.getOut().substring(logStart);
        assertThat(logged).doesNotContain(" ERROR ").doesNotContain("\tat ");
        assertThat(logged.lines().filter(line -> line.contains(" WARN ")).count()).isEqualTo(1);
        assertThat(news.count()).isZero();

        // A path without a NUL is only a name: the file's text is read, and the name goes nowhere.
        response = textFile(browser, "../../etc/passwd.txt");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("etc/passwd");
        assertThat(Jsoup.parse(response.body()).text()).contains("A title");
        assertThat(news.count()).isZero();
    }

    // Class 3: one range of dates, 1900 to 2200, wherever a date comes from.

    @Test
    void theFormTakesDatesFrom1900To2200OnlyKeepingWhatWasTyped() {
        for (String date : List.of("0000-01-01", "0001-01-01", "1899-12-31", "2201-01-01")) {
            AdminClient.Response response = admin.post("/admin/items", "title", "Old news", "summary", "A summary.",
                    "date", date, "time", "10:00", "tags", "History", "action", "publish");

            assertThat(response.status()).as(date).isEqualTo(200);
            assertThat(error(response.html(), "date")).isEqualTo("Give a date between the years 1900 and 2200.");
            assertThat(response.html().selectFirst("input[name=date]").attr("value")).isEqualTo(date);
            assertThat(response.html().selectFirst("input[name=title]").attr("value")).isEqualTo("Old news");
            assertThat(response.html().selectFirst("input[name=tags]").attr("value")).isEqualTo("History");
        }
        assertThat(news.count()).isZero();

        for (String date : List.of("1900-01-01", "2200-12-31")) {
            AdminClient.Response saved = admin.post("/admin/items", "title", "News of " + date, "summary", "A summary.",
                    "date", date, "time", "00:00", "action", "save");
            assertThat(saved.status()).as(date).isEqualTo(302);
            // The edit form takes its own value back.
            AdminClient.Response again = admin.post(saved.redirect(), AdminClient.formValues(admin.get(saved.redirect()).html(),
                    "form.item-form", "summary", "Another summary."));
            assertThat(again.status()).as(date).isEqualTo(302);
        }
        assertThat(news.count()).isEqualTo(2);
    }

    @Test
    void theJsonImportRefusesDatesOutOfRangeNamingTheItemAndTheField() {
        for (String instant : List.of("+294277-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "-0001-06-01T00:00:00Z",
                "0001-01-01T00:00:00Z", "1900-01-01T05:00:00Z", "2201-01-01T06:00:00Z")) {
            List<String> problems = jsonProblems("""
                    {"format": "newsdesk-items", "version": 1, "items": [
                      {"slug": "fine", "title": "Fine", "summary": "S.", "status": "DRAFT"},
                      {"slug": "ancient", "title": "Ancient", "summary": "S.", "status": "PUBLISHED", "publishedAt": "%s"}]}
                    """.formatted(instant));

            assertThat(problems).as(instant).containsExactly(
                    "Item 2 (address “ancient”), publishedAt: Give a date between the years 1900 and 2200.");
        }
        List<String> everyDate = jsonProblems("""
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "dates", "title": "Dates", "summary": "S.", "status": "DRAFT", "firstPublishedAt": "0001-01-01T00:00:00Z",
                   "createdAt": "+294277-01-01T00:00:00Z", "updatedAt": "-5000-01-01T00:00:00Z",
                   "oldSlugs": [{"slug": "old", "retiredAt": "9999-01-01T00:00:00Z"}]}]}
                """);
        assertThat(everyDate).containsExactly(
                "Item 1 (address “dates”), createdAt: Give a date between the years 1900 and 2200.",
                "Item 1 (address “dates”), firstPublishedAt: Give a date between the years 1900 and 2200.",
                "Item 1 (address “dates”), oldSlugs[0].retiredAt: Give a date between the years 1900 and 2200.",
                "Item 1 (address “dates”), updatedAt: Give a date between the years 1900 and 2200.");
        assertThat(news.count()).isZero();

        // The first and the last day of the range in the site's time zone (Costa Rica: UTC-5:36 in 1900, UTC-6 now) are taken.
        assertThat(jsonProblems("""
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "first", "title": "First", "summary": "S.", "status": "PUBLISHED", "publishedAt": "1900-01-01T06:00:00Z"},
                  {"slug": "last", "title": "Last", "summary": "S.", "status": "PUBLISHED", "publishedAt": "2201-01-01T05:59:59Z"}]}
                """)).isEmpty();
        assertThat(news.count()).isEqualTo(2);
    }

    @Test
    void theTextImportListsADateOutOfRangeAsAProblem() {
        AdminClient.Response response = admin.post("/admin/transfer/text", "text",
                "4 December, 1850\nA title\n\nA summary.\n\n4 December, 2017\nAnother title\n\nAnother summary.\n");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.html().text()).contains("“4 December, 1850” is outside the dates the site takes (the years 1900 to 2200).");
        assertThat(news.count()).isZero();
    }

    @Test
    void theDatabaseRefusesADateOutOfRangeWhoeverWritesIt() {
        news.draft("Draft");

        for (String update : List.of("published_at = '0001-01-01T00:00:00Z'", "first_published_at = '1899-12-30T00:00:00Z'",
                "created_at = '2201-06-01T00:00:00Z'", "updated_at = '2201-01-02T00:00:00Z'")) {
            assertThatExceptionOfType(DataIntegrityViolationException.class).as(update).isThrownBy(() ->
                    jdbc.sql("update news_items set " + update).update());
        }
    }

    // Class 6: text that only looks like text.

    @Test
    void textOfInvisibleCharactersIsBlank() {
        AdminClient.Response response = admin.post("/admin/items", "title", "\u200B\u200B\u2060\uFEFF", "summary",
                "\u00A0\u00A0\u3000\u2002\u200A", "action", "save");

        assertThat(response.status()).isEqualTo(200);
        assertThat(error(response.html(), "title")).isEqualTo("Give the item a title.");
        assertThat(error(response.html(), "summary")).isNotEmpty();
        assertThat(news.count()).isZero();

        List<String> problems = jsonProblems("""
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "invisible", "title": "\\u200B\\uFEFF", "summary": "\\u00A0", "status": "DRAFT"}]}
                """);
        assertThat(problems).hasSize(2).allMatch(problem -> problem.startsWith("Item 1 (address “invisible”)"));
        assertThat(news.count()).isZero();
    }

    @Test
    void decomposedAndComposedAccentsAreOneTextOneTagAndOneSearch() {
        String composed = "Migración";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        admin.post("/admin/items", "title", decomposed + " in 2017", "summary", "A summary.", "tags", decomposed, "action", "save");
        admin.post("/admin/items", "title", composed + " in 2018", "summary", "A summary.", "tags", composed, "action", "save");
        MockMultipartFile file = new MockMultipartFile("file", "old.txt", "text/plain",
                ("4 December, 2017\n" + decomposed + " in 2016\n\nA summary.\n").getBytes(StandardCharsets.UTF_8));
        admin.post("/admin/transfer/text/confirm", "text", admin.upload("/admin/transfer/text", file).html()
                .selectFirst("input[name=text], textarea[name=text]").val(), "as", "draft");

        assertThat(jdbc.sql("select name from tags").query(String.class).list()).containsExactly(composed);
        assertThat(jdbc.sql("select title from news_items order by title").query(String.class).list())
                .containsExactly(composed + " in 2016", composed + " in 2017", composed + " in 2018");
        assertThat(admin.get("/admin/items?q=" + decomposed).html().text()).contains(composed + " in 2017");
    }

    // Class 7: the new-item form sent twice creates one item.

    @Test
    void theNewItemFormSentTwiceCreatesOneItemAndLeadsToItWithAMessage() {
        Map<String, String> values = AdminClient.formValues(admin.get("/admin/items/new").html(), "form.item-form",
                "title", "Sent twice", "summary", "A summary.", "action", "save");
        assertThat(values.get("creationToken")).matches("[0-9a-f-]{36}");

        AdminClient.Response first = admin.post("/admin/items", values);
        AdminClient.Response second = admin.post("/admin/items", values);

        assertThat(news.count()).isOne();
        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.redirect()).isEqualTo(first.redirect());
        assertThat(second.flash("flash")).isEqualTo("This form had already been sent: “Sent twice” was created then, and here it is. Nothing was created twice.");
        // Another form is another item, even with the same text.
        Map<String, String> another = AdminClient.formValues(admin.get("/admin/items/new").html(), "form.item-form",
                "title", "Sent twice", "summary", "A summary.", "action", "save");
        assertThat(another.get("creationToken")).isNotEqualTo(values.get("creationToken"));
        assertThat(admin.post("/admin/items", another).status()).isEqualTo(302);
        assertThat(news.count()).isEqualTo(2);
    }

    @Test
    void twoIdenticalPostsAtTheSameMomentCreateOneItem() throws Exception {
        Map<String, String> values = AdminClient.formValues(admin.get("/admin/items/new").html(), "form.item-form",
                "title", "Sent at once", "summary", "A summary.", "tags", "Mexico", "action", "publish");
        for (int round = 0; round < 5; round++) {
            Map<String, String> form = new LinkedHashMap<>(values);
            form.put("creationToken", java.util.UUID.randomUUID().toString());
            form.put("title", "Sent at once " + round);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<AdminClient.Response>> sent = threads.invokeAll(List.<Callable<AdminClient.Response>>of(
                        () -> { start.await(); return admin.post("/admin/items", form); },
                        () -> { start.await(); return admin.post("/admin/items", form); }));
                assertThat(sent.get(0).get().status()).isEqualTo(302);
                assertThat(sent.get(1).get().status()).isEqualTo(302);
                assertThat(sent.get(1).get().redirect()).isEqualTo(sent.get(0).get().redirect());
            }
            finally {
                threads.shutdownNow();
            }
            assertThat(news.count()).as("round " + round).isEqualTo(round + 1);
        }
    }

    @Test
    void aFormRefusedOnceKeepsItsTokenAndStillCreatesOnce() {
        Map<String, String> values = AdminClient.formValues(admin.get("/admin/items/new").html(), "form.item-form",
                "title", "Corrected", "summary", "", "action", "save");

        Document refused = admin.post("/admin/items", values).html();
        assertThat(news.count()).isZero();
        Map<String, String> corrected = AdminClient.formValues(refused, "form.item-form", "summary", "Now with a summary.",
                "action", "save");
        assertThat(corrected.get("creationToken")).isEqualTo(values.get("creationToken"));
        assertThat(corrected.get("title")).isEqualTo("Corrected");
        admin.post("/admin/items", corrected);
        admin.post("/admin/items", corrected);

        assertThat(news.count()).isOne();
    }

    // Class 8: the JSON import is strict about kinds.

    @Test
    void theJsonImportRefusesValuesOfTheWrongKindNamingTheItemAndTheField() {
        assertThat(jsonProblems("""
                {"format": "newsdesk-items", "version": "1", "items": []}""")).singleElement().asString().contains("version");
        assertThat(jsonProblems("""
                {"format": "newsdesk-items", "version": 1.5, "items": []}""")).singleElement().asString().contains("version");
        for (String wrong : List.of("title=12345", "title=true", "summary=1.5", "title=[\"x\"]", "publishedAt=1512403200",
                "tags=\"Mexico\"", "status=1", "body=false")) {
            String field = wrong.substring(0, wrong.indexOf('='));
            Map<String, String> item = new LinkedHashMap<>(Map.of("slug", "\"wrong\"", "title", "\"T\"", "summary", "\"S.\"",
                    "status", "\"DRAFT\""));
            item.put(field, wrong.substring(field.length() + 1));
            String json = item.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
            List<String> problems = jsonProblems("""
                    {"format": "newsdesk-items", "version": 1, "items": [
                      {"slug": "fine", "title": "Fine", "summary": "S.", "status": "DRAFT"}, %s]}""".formatted(json));
            assertThat(problems).as(wrong).singleElement().asString().startsWith("Item 2 (address “wrong”), " + field + ": ");
        }
        assertThat(news.count()).isZero();
    }

    /** A text file of one item sent to the text import under this name, by hand (no client library checks the name). */
    private RawHttp.Response textFile(FormClient browser, String fileName) {
        return multipartPost(browser, "/admin/transfer/text", Map.of(), "file", fileName, "4 December, 2017\nA title\n\nA summary.\n");
    }

    /** An editor signed in through the real form, for requests sent by hand with the session's cookie. */
    private FormClient signedInEditor() {
        users.editor(EDITOR, "Ana Rojas");
        return signedIn(EDITOR);
    }

    /** A multipart form sent over a raw socket in the browser's session, with its CSRF token. */
    private RawHttp.Response multipartPost(FormClient browser, String path, Map<String, String> fields, String name, String fileName,
                                           String content) {
        String token = FormClient.html(browser.get("/admin/transfer")).selectFirst("input[name=_csrf]").attr("value");
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        return new RawHttp(port).post(path + "?_csrf=" + token, "multipart/form-data; boundary=B",
                multipart(all, name, fileName, content), "Cookie", "SESSION=" + browser.cookie("SESSION"));
    }

    private List<String> jsonProblems(String file) {
        MockMultipartFile upload = new MockMultipartFile("file", "export.json", "application/json", file.getBytes(StandardCharsets.UTF_8));
        AdminClient.Response response = admin.upload("/admin/transfer/json", upload);
        assertThat(response.status()).isIn(200, 302);
        return response.status() == 302 ? List.of() : response.html().select("#json-error-title ~ ul li").eachText();
    }

    static String error(Document page, String field) {
        var message = page.selectFirst("#" + field + "-error");
        return message == null ? "" : message.text();
    }

    /** A multipart body (boundary {@code B}) with the fields, then one part named {@code name}, a file when {@code fileName} is given. */
    static byte[] multipart(Map<String, String> fields, String name, String fileName, String content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((field, value) -> body.writeBytes(("--B\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n"
                + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        String disposition = "form-data; name=\"" + name + "\"" + (fileName == null ? "" : "; filename=\"" + fileName + "\"");
        body.writeBytes(("--B\r\nContent-Disposition: " + disposition + "\r\n" + (fileName == null ? "" : "Content-Type: text/plain\r\n")
                + "\r\n" + content + "\r\n--B--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
