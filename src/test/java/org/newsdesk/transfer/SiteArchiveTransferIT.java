package org.newsdesk.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.AdminClient;
import org.newsdesk.FormClient;
import org.newsdesk.accounts.TestUsers;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;
import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.media.TestPictures;
import org.newsdesk.site.Messages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zip export with pictures and its import (issue 13): a site moves between servers whole,
 * pictures renumbered into the library that receives them, reused rather than copied, made again
 * into variants; and every hostile archive refused with its message, nothing written.
 */
class SiteArchiveTransferIT extends IntegrationTest {

    @Autowired
    Pictures pictures;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void noPictures() {
        news.clearPictures();
    }

    PictureView picture(int width, int height, Pictures.Details details) {
        byte[] bytes = TestPictures.jpeg(width, height);
        PictureView picture = pictures.upload(new Pictures.Upload(bytes.length, new ByteArrayResource(bytes)), "editor@example.org");
        pictures.describe(picture.id(), details, "editor@example.org");
        return pictures.find(picture.id()).orElseThrow();
    }

    @Test
    void aSiteWithPicturesMakesTheRoundTripIntoALibraryThatNumbersThemOtherwiseAndAgainWithoutCopies() throws IOException {
        PictureView harbour = picture(1600, 1000, new Pictures.Details("Boats in the harbour of Puntarenas", "Morning at the port.",
                "Ana Pérez / IOM", 30, 70));
        PictureView shelter = picture(1200, 900, new Pictures.Details("Beds in the new shelter", "", "IOM", 50, 50));
        PictureView unused = picture(800, 600, new Pictures.Details("A map of the border", "Unused so far.", "", 50, 50));
        long item = idOf(admin.post("/admin/items", "title", "Boats return", "summary", "The fleet is back.",
                "body", "The fleet came back.\n\n![boats](media:" + harbour.id() + ")\n\nAnd the shelter ![beds](media:"
                        + shelter.id() + ") inline.",
                "leadPicture", String.valueOf(harbour.id()), "action", "publish"));
        idOf(admin.post("/admin/items", "title", "Shelter opens", "summary", "Forty beds.", "leadPicture", String.valueOf(shelter.id())));
        Map<String, String> before = picturesOnPage("/news/boats-return");
        assertThat(before).containsExactly(Map.entry("lead", "Boats in the harbour of Puntarenas|Morning at the port. Ana Pérez / IOM"),
                Map.entry("body 0", "Boats in the harbour of Puntarenas|Morning at the port. Ana Pérez / IOM|1600x1000"),
                Map.entry("body 1", "Beds in the new shelter||1200x900"));

        // The export: items.json (the JSON export, with lead pictures), pictures.json and each master.
        AdminClient.Response export = admin.get("/admin/transfer/export.zip");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.raw().getContentType()).isEqualTo("application/zip");
        assertThat(export.raw().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"newsdesk-export-2026-06-15.zip\"");
        byte[] zip = export.raw().getContentAsByteArray();
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactlyInAnyOrder("items.json", "pictures.json", "pictures/" + harbour.hash() + ".jpg",
                "pictures/" + shelter.hash() + ".jpg", "pictures/" + unused.hash() + ".jpg");
        JsonNode items = json.readTree(entries.get("items.json"));
        assertThat(items.get("format").asString()).isEqualTo("newsdesk-items");
        assertThat(items.get("items").get(0).get("leadPicture").asLong()).isEqualTo(harbour.id());
        JsonNode first = json.readTree(entries.get("pictures.json")).get("pictures").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(harbour.id());
        assertThat(first.get("hash").asString()).isEqualTo(harbour.hash());
        assertThat(first.get("altText").asString()).isEqualTo("Boats in the harbour of Puntarenas");
        assertThat(first.get("credit").asString()).isEqualTo("Ana Pérez / IOM");
        assertThat(first.get("focalX").asInt()).isEqualTo(30);
        assertThat(first.get("width").asInt()).isEqualTo(1600);
        assertThat(first.get("sourceType").asString()).isEqualTo("JPEG");
        assertThat(entries.get("pictures/" + harbour.hash() + ".jpg")).isEqualTo(pictures.master(harbour.hash()).orElseThrow());

        // Over Tomcat, the zip is sent as it is written: in chunks, its length never known beforehand (nothing holds it whole).
        users.editor("ana@example.org", "Ana");
        FormClient ana = new FormClient(port);
        ana.signIn("ana@example.org", TestUsers.PASSWORD);
        var streamed = ana.get("/admin/transfer/export.zip");
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(streamed.headers().firstValue("Content-Length")).isEmpty();
        assertThat(streamed.headers().firstValue("Transfer-Encoding")).hasValue("chunked");

        // Another site: nothing of this one, and a library of its own whose pictures have the numbers 1 and 2.
        news.clearPictures();
        PictureView other = picture(640, 480, new Pictures.Details("Another picture", "", "", 50, 50));
        picture(320, 240, new Pictures.Details("Yet another", "", "", 50, 50));

        Document result = importFile(zip, false);
        assertThat(result.select(".import-counts li").eachText()).containsExactly("2 items created", "No item updated",
                "No item already up to date", "No item skipped",
                "3 pictures added to the media library. Their sizes for pages are being made in the background.");
        assertThat(picturesOnPage("/news/boats-return")).isEqualTo(before);
        assertThat(jdbc.sql("""
                select alt_text || '|' || caption || '|' || credit || '|' || focal_x || '|' || focal_y from pictures
                where id not in (?, ?) order by id""").params(other.id(), other.id() + 1).query(String.class).list())
                .containsExactly("Boats in the harbour of Puntarenas|Morning at the port.|Ana Pérez / IOM|30|70",
                        "Beds in the new shelter||IOM|50|50", "A map of the border|Unused so far.||50|50");
        long newHarbour = jdbc.sql("select id from pictures where alt_text like 'Boats%'").query(Long.class).single();
        long newShelter = jdbc.sql("select id from pictures where alt_text like 'Beds%'").query(Long.class).single();
        assertThat(newHarbour).isNotEqualTo(harbour.id());
        assertThat(jdbc.sql("select lead_picture_id from news_items where slug = 'boats-return'").query(Long.class).single())
                .isEqualTo(newHarbour);
        assertThat(jdbc.sql("select body_markdown from news_items where slug = 'boats-return'").query(String.class).single())
                .contains("![boats](media:" + newHarbour + ")").contains("![beds](media:" + newShelter + ")");
        assertThat(jdbc.sql("select lead_picture_id from news_items where slug = 'shelter-opens'").query(Long.class).single())
                .isEqualTo(newShelter);
        // The variants are made again, by the normal background queue.
        TestPictures.awaitVariants(jdbc, () -> jdbc.sql("select bool_and(variants_ready) from pictures").query(Boolean.class).single());
        Element lead = Http.html(http.get("/news/boats-return")).selectFirst(".lead-picture");
        String webp = lead.select("source[type=image/webp]").attr("srcset");
        assertThat(webp).contains(" 640w");
        assertThat(http.get(webp.split(" ")[0]).statusCode()).isEqualTo(200);

        // The same export again: nothing new, no copy of any picture.
        Document again = importFile(zip, false);
        assertThat(again.select(".import-counts li").eachText()).containsExactly("No item created", "No item updated",
                "2 items already up to date", "No item skipped",
                "No picture added to the media library, 3 were already there. Their sizes for pages are being made in the background.");
        assertThat(count("pictures")).isEqualTo(5);
        assertThat(count("news_items")).isEqualTo(2);

        // Deleting an item never deletes a picture another item uses.
        long draft = jdbc.sql("select id from news_items where slug = 'shelter-opens'").query(Long.class).single();
        Document edit = admin.get("/admin/items/" + draft).html();
        assertThat(admin.post("/admin/items/" + draft + "/delete", "version", edit.select("input[name=version]").val()).status())
                .isEqualTo(302);
        assertThat(count("news_items")).isEqualTo(1);
        assertThat(pictures.find(newShelter)).isPresent();
    }

    @Test
    void theJsonExportStaysAsItWasAndItsImportNamesAPictureThisLibraryLacks() {
        PictureView harbour = picture(800, 600, new Pictures.Details("Boats", "", "", 50, 50));
        idOf(admin.post("/admin/items", "title", "Boats return", "summary", "Back.", "leadPicture", String.valueOf(harbour.id()),
                "action", "publish"));
        byte[] export = admin.get("/admin/transfer/export").raw().getContentAsByteArray();
        assertThat(json.readTree(export).get("items").get(0).get("leadPicture").asLong()).isEqualTo(harbour.id());

        news.clearPictures();
        assertThat(problems(export)).containsExactly("Item 1 (address “boats-return”): picture " + harbour.id()
                + " is not in this site’s media library. A JSON export carries no pictures: import the zip export"
                + " (“Download everything”) to bring them.");
        assertThat(count("news_items")).isZero();
    }

    @Test
    void thePageOffersBothExportsAndSaysHowLargeAFileTheImportTakes() {
        Document page = admin.get("/admin/transfer").html();
        assertThat(page.select("#export-title ~ p a.button").eachAttr("href"))
                .containsExactly("/admin/transfer/export.zip", "/admin/transfer/export");
        Element file = page.selectFirst("#json-file");
        assertThat(file.attr("accept")).contains(".zip").contains(".json");
        // The multipart limit: media.js refuses a larger file before it is sent; a larger request gets the site's 413 page.
        assertThat(file.attr("data-max-bytes")).isEqualTo(String.valueOf(100L * 1024 * 1024));
        assertThat(page.selectFirst("#json-file-hint").text()).isEqualTo("A file made with “Download everything” (zip, at most 100 MB)"
                + " or “Download the JSON export” (at most 20 MB).");
        assertThat(page.select("script[src*=media]")).hasSize(1);
    }

    @Test
    void hostileArchivesAreRefusedWithTheirMessageAndNothingIsWritten() {
        byte[] jpeg = TestPictures.jpeg(400, 300);
        String hash = "0123456789abcdef0123";
        String file = "pictures/" + hash + ".jpg";
        String picturesJson = picturesJson(7, hash);
        String itemsJson = itemsJson("![x](media:7)", 7L);

        assertThat(problems(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson), file, jpeg,
                "../../etc/passwd", bytes("root"))))).containsExactly("The archive holds an entry whose name is not allowed"
                + " (“../../etc/passwd”): a path going up (..), starting at the root or a drive, with a backslash or an invisible"
                + " control character.");
        assertThat(problems(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson),
                "pictures/" + hash + "\0.jpg", jpeg)))).singleElement().asString()
                .contains("name is not allowed (“pictures/" + hash + "?.jpg”)");
        assertThat(problems(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson),
                file, bytes("#!/bin/sh\necho not a picture\n"))))).containsExactly("Picture 7 (“" + file + "”): "
                + message("media.error.wrongType"));
        assertThat(problems(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson),
                file, zip(Map.of("inner.jpg", jpeg)))))).containsExactly("“" + file + "” is a zip archive inside the archive, not a picture.");
        assertThat(problems(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson), file, jpeg,
                "more.zip", zip(Map.of("a", jpeg)))))).containsExactly(
                "The archive holds “more.zip”, which is no part of a Newsdesk export (only items.json, pictures.json and pictures/….jpg).");
        assertThat(problems(declaringSize(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson),
                file, jpeg)), file, 0xFFFF_FFF0L))).containsExactly("“" + file + "” is larger than such a file of an export may be: at most 25 MB.");
        assertThat(problems(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson),
                file, new byte[20 * 1024 * 1024])))).containsExactly(
                "“" + file + "” expands to far more than it says or than a real file would (a “zip bomb”).");
        assertThat(problems(declaringSize(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson),
                file, jpeg)), file, 10))).containsExactly("“" + file + "” expands to far more than it says or than a real file would (a “zip bomb”).");
        // Items placing a picture pictures.json does not list; pictures.json listing a file the archive lacks.
        assertThat(problems(zip(Map.of("items.json", bytes(itemsJson("![x](media:8)", 7L)), "pictures.json", bytes(picturesJson),
                file, jpeg)))).containsExactly("Item 1 (address “boats-return”): picture 8 is not in the archive’s pictures.json.");
        assertThat(problems(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson)))))
                .containsExactly("Picture 7 (“" + file + "”): its file is not in the archive.");
        assertThat(problems(zip(Map.of("pictures.json", bytes(picturesJson), file, jpeg))))
                .containsExactly("The archive has no items.json: it is not a Newsdesk export.");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int index = 0; index <= SiteArchiveImport.MAX_ENTRIES; index++) {
            many.put("entry-" + index, new byte[0]);
        }
        assertThat(problems(zip(many))).containsExactly("The archive holds 10001 entries; an export holds at most 10000.");
        assertThat(problems(bytes("PK\u0003\u0004 but nothing of a zip after it"))).containsExactly(
                "The file is not a zip archive that can be read to its end, or it is damaged. Choose a file made with “Download everything”.");

        assertThat(count("pictures")).isZero();
        assertThat(count("media_files")).isZero();
        assertThat(count("news_items")).isZero();

        // The same archive made right is taken.
        importFile(zip(Map.of("items.json", bytes(itemsJson), "pictures.json", bytes(picturesJson), file, jpeg)), false);
        assertThat(count("pictures")).isEqualTo(1);
        assertThat(count("news_items")).isEqualTo(1);
    }

    @Test
    void aPictureRefusedHalfWayRollsBackThePicturesAndItemsBeforeIt() {
        String good = "aaaaaaaaaaaaaaaaaaaa";
        String bad = "bbbbbbbbbbbbbbbbbbbb";
        String picturesJson = """
                {"format": "newsdesk-pictures", "version": 1, "pictures": [
                  {"id": 1, "hash": "%s", "altText": "Fine", "caption": "", "credit": "", "focalX": 50, "focalY": 50},
                  {"id": 2, "hash": "%s", "altText": "Bomb", "caption": "", "credit": "", "focalX": 50, "focalY": 50}]}
                """.formatted(good, bad);
        assertThat(problems(zip(Map.of("items.json", bytes(itemsJson("![x](media:1)", 2L)), "pictures.json", bytes(picturesJson),
                "pictures/" + good + ".jpg", TestPictures.jpeg(300, 200), "pictures/" + bad + ".jpg", TestPictures.pngClaiming(50_000, 50_000)))))
                .singleElement().asString().startsWith("Picture 2 (“pictures/" + bad + ".jpg”): ");
        assertThat(count("pictures")).isZero();
        assertThat(count("media_files")).isZero();
        assertThat(count("news_items")).isZero();
    }

    @Autowired
    Messages messages;

    private String message(String key) {
        return messages.get(key);
    }

    private static String picturesJson(long id, String hash) {
        return """
                {"format": "newsdesk-pictures", "version": 1, "pictures": [
                  {"id": %d, "hash": "%s", "width": 400, "height": 300, "sourceType": "JPEG", "sourceWidth": 400, "sourceHeight": 300,
                   "altText": "Boats", "caption": "At the port.", "credit": "IOM", "focalX": 50, "focalY": 50}]}
                """.formatted(id, hash);
    }

    private static String itemsJson(String body, Long leadPicture) {
        return """
                {"format": "newsdesk-items", "version": 1, "items": [
                  {"slug": "boats-return", "title": "Boats return", "summary": "Back.", "status": "DRAFT", "body": "%s", "leadPicture": %s}]}
                """.formatted(body, leadPicture);
    }

    /** The alt text, caption and credit of each picture an item page shows, by where it is. */
    private Map<String, String> picturesOnPage(String path) {
        Document page = Http.html(http.get(path));
        Map<String, String> shown = new LinkedHashMap<>();
        Element lead = page.selectFirst(".lead-picture");
        shown.put("lead", lead.select("img").attr("alt") + "|" + lead.select("figcaption").text());
        int index = 0;
        for (Element picture : page.select(".body picture")) {
            Element figure = picture.parent().tagName().equals("figure") ? picture.parent() : null;
            shown.put("body " + index++, picture.select("img").attr("alt") + "|" + (figure == null ? "" : figure.select("figcaption").text())
                    + "|" + picture.select("img").attr("width") + "x" + picture.select("img").attr("height"));
        }
        return shown;
    }

    private static long idOf(AdminClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return response.redirectedId();
    }

    private Document importFile(byte[] file, boolean update) {
        return new ImportPage(admin).importFile(file, update);
    }

    private List<String> problems(byte[] file) {
        return new ImportPage(admin).problems(file);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The archive with the size its central directory declares for {@code name} changed (a lie a zip can tell). */
    static byte[] declaringSize(byte[] zip, String name, long size) {
        byte[] changed = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(changed).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < changed.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == wanted.length
                    && new String(changed, at + 46, wanted.length, StandardCharsets.UTF_8).equals(name)) {
                buffer.putInt(at + 24, (int) size);
                return changed;
            }
        }
        throw new IllegalArgumentException("No entry " + name);
    }
}
