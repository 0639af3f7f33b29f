package org.newsdesk.feeds;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jdom2.Element;
import org.jdom2.Namespace;

import org.newsdesk.news.FeedEntry;
import org.newsdesk.web.XmlText;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.servlet.view.feed.AbstractRssFeedView;

/**
 * RSS 2.0, written by ROME: each item with its title, current link, a permanent guid, the
 * publication date, the summary as description (escaped as HTML, see {@link #plainTextAsHtml}), the sanitised body as {@code content:encoded},
 * the last change as {@code atom:updated} and the tags as categories.
 */
@Component
class RssFeedView extends AbstractRssFeedView {

    static final String CONTENT_TYPE = "application/rss+xml;charset=UTF-8";
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private final FeedSite site;

    RssFeedView(FeedSite site) {
        this.site = site;
        setContentType(CONTENT_TYPE);
    }

    @Override
    protected void buildFeedMetadata(Map<String, Object> model, Channel channel, HttpServletRequest request) {
        Feed feed = (Feed) model.get(FeedController.FEED);
        channel.setTitle(XmlText.clean(feed.title()));
        channel.setLink(site.url(feed.pagePath()));
        channel.setDescription(plainTextAsHtml(feed.description()));
        channel.setLanguage(feed.language().code());
        channel.setGenerator("Newsdesk");
        channel.setLastBuildDate(Date.from(feed.updated().toInstant()));
        if (!feed.entries().isEmpty()) {
            channel.setPubDate(Date.from(feed.entries().get(0).publishedAt().toInstant()));
        }
        // Where this feed lives, as feed validators and some readers expect, and (WebSub) the hubs
        // that hear at once when it changes.
        List<Element> links = new ArrayList<>();
        links.add(new Element("link", ATOM)
                .setAttribute("href", site.url(feed.selfPath()))
                .setAttribute("rel", "self")
                .setAttribute("type", "application/rss+xml"));
        site.hubs().forEach(hub -> links.add(new Element("link", ATOM)
                .setAttribute("href", hub)
                .setAttribute("rel", "hub")));
        channel.setForeignMarkup(links);
    }

    @Override
    protected List<Item> buildFeedItems(Map<String, Object> model, HttpServletRequest request,
                                        HttpServletResponse response) {
        Feed feed = (Feed) model.get(FeedController.FEED);
        return feed.entries().stream().map(this::item).toList();
    }

    /**
     * Feed readers take an RSS description as HTML, whatever it says it is: plain text is
     * escaped for HTML first (then for XML by ROME), so that "&lt;script&gt;" in a summary is
     * shown as those characters rather than run.
     */
    static String plainTextAsHtml(String text) {
        return text == null ? null : HtmlUtils.htmlEscape(XmlText.clean(text), "UTF-8");
    }

    private Item item(FeedEntry entry) {
        Item item = new Item();
        item.setTitle(XmlText.clean(entry.title()));
        item.setLink(site.url(entry.href()));
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(site.id(entry));
        item.setGuid(guid);
        item.setPubDate(Date.from(entry.publishedAt().toInstant()));
        Description description = new Description();
        description.setType("text/plain");
        description.setValue(plainTextAsHtml(entry.summary()));
        item.setDescription(description);
        if (entry.hasBody()) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(XmlText.clean(entry.bodyHtml()));
            item.setContent(content);
        }
        item.setCategories(entry.tags().stream().map(tag -> {
            Category category = new Category();
            category.setDomain(site.url(tag.href()));
            category.setValue(XmlText.clean(tag.name()));
            return category;
        }).toList());
        if (entry.picture() != null) {
            // The lead picture as an enclosure (a JPEG at most 1280 px wide), which feed readers show with the item.
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(site.url(entry.picture().path()));
            enclosure.setType("image/jpeg");
            enclosure.setLength(entry.picture().bytes());
            item.setEnclosures(List.of(enclosure));
        }
        item.setForeignMarkup(List.of(new Element("updated", ATOM).setText(FeedController.iso(entry.modifiedAt()))));
        return item;
    }
}
