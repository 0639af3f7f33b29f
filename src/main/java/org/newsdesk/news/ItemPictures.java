package org.newsdesk.news;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An item's pictures: its lead picture, and the media library's pictures placed in its body as
 * {@code ![label](media:42)}.
 *
 * <p>The body's sanitised HTML keeps {@code <img src="media:42" …>}; this turns it into the picture
 * as it is when a page or feed is rendered, because a picture changes after the item is saved (its
 * variants are made in the background, its alt text, caption, credit or file may be edited; each of
 * these changes the content version, so no cached page keeps the old one). On a page: a
 * {@code <picture>} with WebP and JPEG {@code srcset} and its width and height, lazily loaded; a
 * picture alone in its paragraph becomes a {@code <figure>} with its caption and credit. In a feed:
 * one JPEG at its absolute address. The alt text is always the library's (the label in brackets is
 * for editors only), so it is required before publishing, as for the lead picture. A reference to a
 * picture that is no longer there shows nothing.
 */
@Component
record ItemPictures(Pictures library, SiteProperties site) {

    static final String SCHEME = "media:";

    /** A reference as the sanitiser writes it (attribute values quoted, {@code <} and {@code >} in them escaped). */
    private static final Pattern REFERENCE = Pattern.compile("(<p>)?<img src=\"" + SCHEME + "(\\d{1,18})\"[^<>]*>(</p>)?");

    /** The sizes a body picture is shown at: the column's width, like the lead picture. */
    static final String SIZES = "(min-width: 720px) 672px, 100vw";

    /** The pictures a body's HTML places, in order. */
    static Set<Long> placedIn(String bodyHtml) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(bodyHtml);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(2)));
        }
        return ids;
    }

    PictureView lead(Long id) {
        return id == null ? null : library.find(id).orElse(null);
    }

    /**
     * A public or scheduled item's pictures exist and have alt text, so that readers who cannot see
     * them are told what they show; a draft's pictures need only exist.
     */
    void check(NewsItem item) {
        boolean published = item.getStatus() == NewsStatus.PUBLISHED;
        if (item.getLeadPictureId() != null) {
            PictureView picture = library.find(item.getLeadPictureId())
                    .orElseThrow(() -> new RefusedException(ItemRefusal.LEAD_PICTURE_GONE, "leadPicture"));
            if (published && !picture.hasAltText()) {
                throw new RefusedException(ItemRefusal.LEAD_PICTURE_NEEDS_ALT_TEXT, "leadPicture", picture.id());
            }
        }
        Set<Long> placed = placedIn(item.getBodyHtml());
        Map<Long, PictureView> found = library.find(placed);
        for (long id : placed) {
            PictureView picture = found.get(id);
            if (picture == null) {
                throw new RefusedException(ItemRefusal.BODY_PICTURE_GONE, "body", String.valueOf(id));
            }
            if (published && !picture.hasAltText()) {
                throw new RefusedException(ItemRefusal.BODY_PICTURE_NEEDS_ALT_TEXT, "body", String.valueOf(id));
            }
        }
    }

    /** The body of an item page, its pictures in place. */
    String forPage(String bodyHtml) {
        return expand(bodyHtml, library.find(placedIn(bodyHtml)), ItemPictures::pageMarkup);
    }

    /**
     * How the bodies of a feed's entries show their pictures, read in one statement for all of them:
     * a JPEG (at most 1280 px wide, there from the upload on) at its absolute address.
     */
    UnaryOperator<String> forFeed(Collection<String> bodies) {
        Set<Long> ids = new LinkedHashSet<>();
        bodies.forEach(body -> ids.addAll(placedIn(body)));
        Map<Long, PictureView> found = library.find(ids);
        return body -> expand(body, found, this::feedMarkup);
    }

    private static String expand(String bodyHtml, Map<Long, PictureView> pictures, Function<Placed, String> markup) {
        if (!bodyHtml.contains(SCHEME)) {
            return bodyHtml;
        }
        return REFERENCE.matcher(bodyHtml).replaceAll(match -> {
            PictureView picture = pictures.get(Long.parseLong(match.group(2)));
            boolean alone = match.group(1) != null && match.group(3) != null;
            String html = picture == null ? "" : markup.apply(new Placed(picture, alone));
            // A paragraph's start or end that belongs to text around the picture stays.
            String around = alone ? html : (match.group(1) == null ? "" : "<p>") + html + (match.group(3) == null ? "" : "</p>");
            return Matcher.quoteReplacement(around);
        });
    }

    private record Placed(PictureView picture, boolean alone) {
    }

    private static String pageMarkup(Placed placed) {
        PictureView p = placed.picture();
        StringBuilder html = new StringBuilder("<picture>");
        if (p.variantsReady()) {
            html.append("<source type=\"image/webp\" srcset=\"").append(p.webpSrcset()).append("\" sizes=\"").append(SIZES).append("\">");
        }
        html.append("<img src=\"").append(p.fallbackPath()).append("\" srcset=\"").append(p.jpegSrcset())
                .append("\" sizes=\"").append(SIZES).append("\" width=\"").append(p.width()).append("\" height=\"").append(p.height())
                .append("\" alt=\"").append(escape(p.altText())).append("\" loading=\"lazy\" decoding=\"async\"></picture>");
        if (!placed.alone()) {
            return html.toString();
        }
        StringBuilder figure = new StringBuilder("<figure class=\"body-picture\">").append(html);
        if (!p.caption().isEmpty() || !p.credit().isEmpty()) {
            figure.append("<figcaption>");
            if (!p.caption().isEmpty()) {
                figure.append("<span class=\"caption\">").append(escape(p.caption())).append("</span>");
            }
            if (!p.credit().isEmpty()) {
                figure.append(p.caption().isEmpty() ? "" : " ").append("<span class=\"credit\">").append(escape(p.credit())).append("</span>");
            }
            figure.append("</figcaption>");
        }
        return figure.append("</figure>").toString();
    }

    private String feedMarkup(Placed placed) {
        PictureView p = placed.picture();
        int width = p.fallbackWidth();
        String img = "<img src=\"" + site.absoluteUrl(p.fallbackPath()) + "\" width=\"" + width + "\" height=\"" + p.heightAt(width)
                + "\" alt=\"" + escape(p.altText()) + "\">";
        return placed.alone() ? "<p>" + img + "</p>" : img;
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
