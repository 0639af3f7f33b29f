package org.newsdesk.news;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersTheAllowedMarkdown() {
        String html = renderer.toSafeHtml("""
                # Title becomes h2

                Some *emphasis*, **strong** and `code`, a [link](https://www.iom.int/) and [mail](mailto:info@example.org).

                - one
                - two

                > A quote

                | a | b |
                |---|---|
                | 1 | 2 |

                ![A map of the region](https://example.org/map.png)
                """);

        assertThat(html).contains("<h2>Title becomes h2</h2>")
                .contains("<em>emphasis</em>").contains("<strong>strong</strong>").contains("<code>code</code>")
                .contains("<a href=\"https://www.iom.int/\"")
                .contains("href=\"mailto:info&#64;example.org\"")
                .contains("<li>one</li>")
                .contains("<blockquote>").contains("<table>").contains("<td>1</td>")
                .contains("<img src=\"https://example.org/map.png\" alt=\"A map of the region\" />");
        // Links to other sites never hand them this page (the order of rel tokens is the sanitiser's).
        assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("rel"))
                .allSatisfy(rel -> assertThat(rel.split(" ")).containsExactlyInAnyOrder("noopener", "noreferrer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "[click](  javascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "![x](javascript:alert(1))",
            "![x](http://insecure.example/x.png)",
            "<p onclick=\"alert(1)\">x</p>",
            "<style>body{display:none}</style>",
            "<form action=\"https://evil.example\"><input></form>"})
    void neverLetsScriptsHandlersStylesOrForeignElementsThrough(String payload) {
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml(payload));

        assertThat(html.select("script, style, iframe, svg, form, input, object, embed")).isEmpty();
        for (Element element : html.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).isIn("href", "src", "alt", "title", "rel", "start", "align");
                assertThat(attribute.getValue().toLowerCase().strip()).doesNotStartWith("javascript:").doesNotStartWith("data:")
                        .doesNotStartWith("http://insecure");
            }
        }
    }

    @Test
    void anEmptyBodyRendersToNothing() {
        assertThat(renderer.toSafeHtml("")).isEmpty();
        assertThat(renderer.toSafeHtml("   \n ")).isEmpty();
    }
}
