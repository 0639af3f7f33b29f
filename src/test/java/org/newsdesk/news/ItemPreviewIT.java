package org.newsdesk.news;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsdesk.AdminClient;
import org.newsdesk.FormClient;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The live preview beside the item form, and the form's counters (issue 16 §2). */
class ItemPreviewIT extends IntegrationTest {

    static final String BODY = """
            ## Numbers

            Arrivals rose by **12 %** in [May](https://example.org/may "May figures").

            <script>alert('x')</script><img src=x onerror=alert(1)>

            | Country | People |
            |:--------|-------:|
            | Mexico  | 1 200  |

            - one
            - two

            [click](javascript:alert(1))
            """;

    @Test
    void thePreviewIsExactlyTheBodyOfThePublishedPageAndIsSanitised() {
        AdminClient.Response preview = admin.post("/admin/items/preview", "title", "Arrivals in May", "body", BODY);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.raw().getContentType()).startsWith("application/json");
        String previewHtml = tools.jackson.databind.json.JsonMapper.builder().build().readTree(preview.body()).get("bodyHtml").asString();

        AdminClient.Response saved = admin.post("/admin/items", "title", "Arrivals in May", "summary", "More arrivals.",
                "body", BODY, "action", "publish");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        HttpResponse<String> page = http.get("/news/arrivals-in-may");
        assertThat(page.statusCode()).isEqualTo(200);
        String published = page.body();
        int start = published.indexOf("<div class=\"body\">") + "<div class=\"body\">".length();
        String publishedBody = published.substring(start, published.indexOf("</div>", start));

        assertThat(previewHtml).isEqualTo(publishedBody);
        assertThat(previewHtml).contains("<h2>Numbers</h2>", "<strong>12 %</strong>", "<table>", "<li>one</li>")
                .doesNotContain("<script", "<img", "javascript:");
        assertThat(previewHtml).contains("&lt;script&gt;");
    }

    @Test
    void thePreviewGivesTheAddressASaveWouldMakeFromTheTitle() {
        news.published("Migración en Centroamérica", NOW.minusSeconds(3600));

        String json = admin.post("/admin/items/preview", "title", "  Migración en Centroamérica ", "body", "").body();

        assertThat(json).contains("\"slug\":\"migracion-en-centroamerica-2\"", "\"href\":\"/news/migracion-en-centroamerica-2\"",
                "\"bodyHtml\":\"\"");
        assertThat(admin.post("/admin/items/preview", "title", "Migración", "body", "", "language", "es").body())
                .contains("\"href\":\"/es/noticias/migracion\"");
    }

    @Test
    void aBodyFarOverTheLimitIsRefusedWithoutRendering() {
        AdminClient.Response refused = admin.post("/admin/items/preview", "title", "Long", "body", "a ".repeat(NewsItem.BODY_MAX_LENGTH + 1));

        assertThat(refused.status()).isEqualTo(413);
    }

    @Test
    void theFormShowsTheCountersAndLoadsItsScriptWhileWorkingWithoutIt() {
        AdminClient.Response saved = admin.post("/admin/items", "title", "Counted", "summary", "Twelve chars",
                "body", "## A title\n\nOne two, three — four 5.\n\n- six", "action", "save");
        Document form = admin.get(saved.redirect()).html();

        assertThat(form.selectFirst("#summary-count").text()).isEqualTo("12 of 1000 characters");
        assertThat(form.selectFirst("#summary-count").attr("data-max")).isEqualTo(String.valueOf(NewsItem.SUMMARY_MAX_LENGTH));
        assertThat(form.selectFirst("#summary-count").attr("data-over-pattern")).isEqualTo("{0} of {1} characters: {2} too many");
        assertThat(form.selectFirst("#body-count").text()).isEqualTo("8 words, about 1 min to read");
        assertThat(form.selectFirst("#live-preview").hasAttr("hidden")).isTrue();
        assertThat(form.selectFirst("#slug-preview").hasAttr("hidden")).isTrue();
        // Its own script (media.js, the pictures' helpers, comes too).
        String script = form.select("script[src]").eachAttr("src").stream().filter(src -> src.startsWith("/js/item-form-"))
                .findFirst().orElseThrow();
        assertThat(script).matches("/js/item-form-[0-9a-f]{32}\\.js");
        assertThat(form.selectFirst("form.item-form").attr("data-preview-url")).isEqualTo("/admin/items/preview");
        assertThat(http.get(script).body()).contains("/admin/items/preview", "data-preview-url");
    }

    @Test
    void aReaderCannotAskForAPreview() {
        assertThat(new FormClient(port).post("/admin/items/preview", Map.of("title", "Hi", "body", "*hi*")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void wordsAreRunsWithALetterOrADigitAndReadingTimeRoundsUp() {
        assertThat(WritingAids.Counts.of("uno dos ## — tres").words()).isEqualTo(3);
        assertThat(WritingAids.Counts.of("").minutes()).isZero();
        assertThat(WritingAids.Counts.of("word ".repeat(221)).minutes()).isEqualTo(2);
    }
}
