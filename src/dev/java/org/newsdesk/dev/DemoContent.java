package org.newsdesk.dev;

import org.newsdesk.news.MarkdownRenderer;
import org.newsdesk.news.NewsItem;
import org.newsdesk.news.NewsItemRepository;
import org.newsdesk.news.NewsStatus;
import org.newsdesk.news.PublishingChange;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.cluster.StartupLock;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.Slugs;
import org.newsdesk.news.tags.Tag;
import org.newsdesk.news.tags.TagRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with about sixty realistic items over the last three years, so that a
 * newcomer sees a living site. It runs on the embedded database by default; on a database given
 * by URL only when {@code newsdesk.demo-content=true}; never when the database has any item.
 * Under the {@link StartupLock}: instances starting together on one empty database add them once.
 */
@Component
class DemoContent implements ApplicationRunner {

    static final String AUTHOR = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final NewsItemRepository items;
    private final TagRepository tags;
    private final MarkdownRenderer markdown;
    private final SiteProperties site;
    private final Clock clock;
    private final StartupLock startupLock;
    private final boolean wanted;
    private final DemoPictures pictures;

    DemoContent(NewsItemRepository items, TagRepository tags, MarkdownRenderer markdown, SiteProperties site,
                Clock clock, StartupLock startupLock, @Value("${newsdesk.demo-content:#{null}}") Boolean demoContent,
                ObjectProvider<EmbeddedPostgres> embeddedDatabase, DemoPictures pictures) {
        this.pictures = pictures;
        this.items = items;
        this.tags = tags;
        this.markdown = markdown;
        this.site = site;
        this.clock = clock;
        this.startupLock = startupLock;
        this.wanted = demoContent != null ? demoContent : embeddedDatabase.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        if (!wanted) {
            return;
        }
        List<DemoItem> demoItems;
        try (InputStream json = new ClassPathResource("demo/news-items.json").getInputStream()) {
            demoItems = JsonMapper.builder().build().readValue(json, new TypeReference<List<DemoItem>>() { });
        }
        startupLock.runAlone(() -> {
            if (items.count() == 0) {
                add(demoItems);
            }
            return null;
        });
    }

    private void add(List<DemoItem> demoItems) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.timeZone());
        Map<String, Tag> tagsByName = new HashMap<>();
        List<Long> pictureIds = pictures.add();
        for (int i = 0; i < demoItems.size(); i++) {
            DemoItem demo = demoItems.get(i);
            // Spread over the working day, so that items of one date still have an order.
            LocalTime time = LocalTime.of(8 + i % 9, (i * 17) % 60);
            Instant publishedAt = today.minusDays(demo.daysAgo()).atTime(time).atZone(site.timeZone()).toInstant();
            // Written when published, as real items are: sitemaps and feeds then show realistic change dates.
            NewsItem item = new NewsItem(Slugs.fromText(demo.title()), demo.title(), demo.summary(), publishedAt, AUTHOR);
            item.setBody(demo.body(), markdown.toSafeHtml(demo.body()));
            item.change(new PublishingChange.Restore(NewsStatus.PUBLISHED, publishedAt, null), now);
            // Every third item leads with a picture, the newest first.
            if (i % 3 == 0 && i / 3 < pictureIds.size()) {
                item.setLeadPictureId(pictureIds.get(i / 3));
            }
            for (String name : demo.tags()) {
                item.getTags().add(tagsByName.computeIfAbsent(name,
                        tagName -> tags.save(new Tag(tagName, Slugs.fromText(tagName), now))));
            }
            items.save(item);
        }
        log.info("The database was empty: added {} demo news items with {} tags and {} pictures.", demoItems.size(),
                tagsByName.size(), pictureIds.size());
    }

    record DemoItem(String title, int daysAgo, String summary, String body, List<String> tags) {
    }
}
