package org.newsdesk;

import java.time.Instant;
import java.util.List;

import org.newsdesk.news.NewsItem;
import org.newsdesk.news.NewsItemRepository;
import org.newsdesk.news.NewsStatus;
import org.newsdesk.news.PublishingChange;
import org.newsdesk.site.Slugs;
import org.newsdesk.news.tags.Tag;
import org.newsdesk.news.tags.TagRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Puts news items straight into the test database, as rows, in the states the tests need. */
public record TestNews(NewsItemRepository items, TagRepository tags, JdbcClient jdbc, TransactionTemplate transactions) {

    /** Empties every content table, so that each test starts from nothing. */
    public void clear() {
        write("truncate news_items, tags, news_item_tags, news_item_slugs, tag_slugs restart identity cascade");
    }

    /**
     * Empties the picture tables (and, by their foreign keys, the items). The background variant
     * worker may be writing to them at that moment: PostgreSQL then ends one side of the deadlock,
     * or our lock wait runs past the lock timeout, and the clean-up is simply tried again.
     */
    public void clearPictures() {
        for (int attempt = 1; ; attempt++) {
            try {
                write("truncate pictures, media_files, picture_jobs restart identity cascade");
                return;
            }
            catch (org.springframework.dao.PessimisticLockingFailureException busy) {
                if (attempt == 5) {
                    throw busy;
                }
            }
        }
    }

    /**
     * Runs one SQL write in a transaction of its own, as the application's writers do, so that
     * the page cache hears of it when it commits. (A plain auto-commit statement reaches the cache
     * too, through PostgreSQL's NOTIFY, but a moment later: a test would race with it.)
     */
    public void write(String sql, Object... parameters) {
        transactions.executeWithoutResult(status -> jdbc.sql(sql).params(parameters).update());
    }

    /** The content version as the database holds it (V81's triggers move it with every change to content). */
    public long contentVersion() {
        return jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
    }

    /** How many items the database holds, in any state. */
    public long count() {
        return items.count();
    }

    public NewsItem published(String title, Instant at, String... tagNames) {
        return save(title, tagNames, item -> item.change(new PublishingChange.Restore(NewsStatus.PUBLISHED, at, null), at));
    }

    public NewsItem draft(String title, String... tagNames) {
        return save(title, tagNames, item -> { });
    }

    public NewsItem withdrawn(String title, Instant publishedAt, String note, String... tagNames) {
        return save(title, tagNames, item -> {
            item.change(new PublishingChange.Restore(NewsStatus.WITHDRAWN, publishedAt, note), publishedAt);
        });
    }

    public NewsItem withBody(String title, Instant at, String markdown, String safeHtml) {
        return save(title, new String[0], item -> {
            item.change(new PublishingChange.Restore(NewsStatus.PUBLISHED, at, null), at);
            item.setBody(markdown, safeHtml);
        });
    }

    /** Gives an item a new slug and keeps the old one in the slug history, as an editor's rename does. */
    public void renameSlug(NewsItem item, String newSlug) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into news_item_slugs (slug, news_item_id, retired_at) values (?, ?, now())")
                    .params(item.getSlug(), item.getId()).update();
            jdbc.sql("update news_items set slug = ? where id = ?").params(newSlug, item.getId()).update();
        });
    }

    /** Puts an item in Spanish (as the item form's language does). */
    public NewsItem inSpanish(NewsItem item) {
        write("update news_items set language = 'es' where id = ?", item.getId());
        return items.findById(item.getId()).orElseThrow();
    }

    /** A published Spanish item. */
    public NewsItem publishedInSpanish(String title, Instant at, String... tagNames) {
        return inSpanish(published(title, at, tagNames));
    }

    /** Links two items as translations of each other (as "Translate" or "Link translation" does). */
    public void linkTranslations(NewsItem one, NewsItem other) {
        write("update news_items set translation_group = ? where id in (?, ?)", one.getId(), one.getId(), other.getId());
    }

    /** Gives a topic (by its English name) its Spanish name and slug. */
    public void spanishTopicName(String englishName, String spanishName) {
        write("insert into tag_translations (tag_id, language, name, slug) select id, 'es', ?, ? from tags where lower(name) = lower(?)",
                spanishName, Slugs.fromText(spanishName), englishName);
    }

    /** Many published items at once, one minute apart, the newest at {@code newest}. */
    public List<NewsItem> publishedSeries(int count, Instant newest, String... tagNames) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> published("Item number " + (i + 1), newest.minusSeconds(60L * (count - 1 - i)), tagNames))
                .toList();
    }

    private NewsItem save(String title, String[] tagNames, java.util.function.Consumer<NewsItem> state) {
        return transactions.execute(status -> {
            String slug = Slugs.fromText(title);
            int suffix = 2;
            while (items.findBySlug(slug).isPresent()) {
                slug = Slugs.fromText(title) + "-" + suffix++;
            }
            NewsItem item = new NewsItem(slug, title, "Summary of " + title + ".", Instant.parse("2020-01-01T00:00:00Z"), "test");
            state.accept(item);
            for (String name : tagNames) {
                item.getTags().add(tags.findByNameIgnoringCase(name)
                        .orElseGet(() -> tags.save(new Tag(name, Slugs.fromText(name), Instant.now()))));
            }
            return items.save(item);
        });
    }
}
