package org.newsdesk.news;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Turns an item's Markdown into HTML that is safe to print as it is: rendered once, on save,
 * then passed through an allow-list sanitiser. Raw HTML, {@code javascript:} links, event and
 * style attributes never survive.
 *
 * <p>Pictures: {@code ![label](media:42)} places picture 42 of the media library; the HTML keeps
 * {@code <img src="media:42">}, which {@link ItemPictures} turns into the picture as it is when a
 * page or feed is rendered. Images on other sites ({@code https:} only) stay allowed, loaded lazily,
 * without a referrer.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /** What an image may show: an https: address, or a picture of the media library. */
    private static final Pattern IMAGE_SOURCE = Pattern.compile("^((?i:https://).+|" + ItemPictures.SCHEME + "\\d{1,18})$");

    /** What an item body may contain, and nothing else. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowUrlProtocols("http", "https", "mailto", "media")
            // media: names a picture, never a link's target.
            .allowAttributes("href").matching((element, attribute, value) ->
                    value.strip().toLowerCase(java.util.Locale.ROOT).startsWith(ItemPictures.SCHEME) ? null : value).onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("loading").matching(Pattern.compile("lazy")).onElements("img")
            .allowAttributes("decoding").matching(Pattern.compile("async")).onElements("img")
            .allowAttributes("referrerpolicy").matching(Pattern.compile("no-referrer")).onElements("img")
            .allowAttributes("title").onElements("a")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            // Raw HTML in Markdown is shown as text, never interpreted.
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "media")))
            // Another site's image must not hold up the page, nor tell that site who reads it.
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Image image && !image.getDestination().startsWith(ItemPictures.SCHEME)) {
                    attributes.put("loading", "lazy");
                    attributes.put("decoding", "async");
                    attributes.put("referrerpolicy", "no-referrer");
                }
            })
            .build();

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        document.accept(new HeadingLevels());
        return POLICY.sanitize(renderer.render(document)).strip();
    }

    /** The item's title is the page's only h1, so body headings live between h2 and h4. */
    private static final class HeadingLevels extends AbstractVisitor {
        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(4, Math.max(2, heading.getLevel())));
            visitChildren(heading);
        }
    }
}
