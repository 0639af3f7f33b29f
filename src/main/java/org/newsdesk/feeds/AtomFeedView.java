package org.newsdesk.feeds;

import org.newsdesk.news.NewsLinks;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.news.FeedEntry;
import org.newsdesk.web.XmlText;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.feed.AbstractAtomFeedView;

/**
 * Atom 1.0, written by ROME: the feed with its id (its own URL), links, author and update time;
 * each entry with a permanent id, its current link, published and updated times, the summary,
 * the sanitised body as HTML content and the tags as categories.
 */
@Component
class AtomFeedView extends AbstractAtomFeedView {

    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

    private final FeedSite site;

    AtomFeedView(FeedSite site) {
        this.site = site;
        setContentType(CONTENT_TYPE);
    }

    @Override
    protected void buildFeedMetadata(Map<String, Object> model, com.rometools.rome.feed.atom.Feed atom,
                                     HttpServletRequest request) {
        Feed feed = (Feed) model.get(FeedController.FEED);
        atom.setId(site.url(feed.selfPath()));
        atom.setTitle(XmlText.clean(feed.title()));
        atom.setSubtitle(text(feed.description()));
        atom.setLanguage(feed.language().code());
        atom.setUpdated(Date.from(feed.updated().toInstant()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", site.url(feed.pagePath()))));
        List<Link> others = new ArrayList<>();
        others.add(link("self", "application/atom+xml", site.url(feed.selfPath())));
        // WebSub: the hubs that hear at once when this feed changes.
        site.hubs().forEach(hub -> others.add(link("hub", null, hub)));
        atom.setOtherLinks(others);
        Person publisher = new Person();
        publisher.setName(XmlText.clean(site.publisher().name()));
        publisher.setUri(site.publisher().url());
        atom.setAuthors(List.of(publisher));
        atom.setIcon(site.publisher().logoUrl());
        atom.setLogo(site.publisher().logoUrl());
        Generator generator = new Generator();
        generator.setValue("Newsdesk");
        atom.setGenerator(generator);
    }

    @Override
    protected List<Entry> buildFeedEntries(Map<String, Object> model, HttpServletRequest request,
                                           HttpServletResponse response) {
        Feed feed = (Feed) model.get(FeedController.FEED);
        return feed.entries().stream().map(this::entry).toList();
    }

    private Entry entry(FeedEntry item) {
        Entry entry = new Entry();
        entry.setId(site.id(item));
        entry.setTitle(XmlText.clean(item.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", site.url(item.href()))));
        if (item.picture() != null) {
            Link picture = link("enclosure", "image/jpeg", site.url(item.picture().path()));
            picture.setLength(item.picture().bytes());
            picture.setTitle(XmlText.clean(item.picture().altText()));
            entry.setOtherLinks(List.of(picture));
        }
        entry.setPublished(Date.from(item.publishedAt().toInstant()));
        entry.setUpdated(Date.from(item.modifiedAt().toInstant()));
        entry.setSummary(text(item.summary()));
        if (item.hasBody()) {
            Content body = new Content();
            body.setType(Content.HTML);
            body.setValue(XmlText.clean(item.bodyHtml()));
            entry.setContents(List.of(body));
        }
        List<Category> categories = new ArrayList<>();
        item.tags().forEach(tag -> {
            Category category = new Category();
            category.setTerm(XmlText.clean(tag.name()));
            category.setLabel(XmlText.clean(tag.name()));
            category.setScheme(site.url(NewsLinks.tags(item.language()) + "/"));
            categories.add(category);
        });
        entry.setCategories(categories);
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(XmlText.clean(value));
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
