package org.newsdesk.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.newsdesk.news.tags.Tag;
import org.newsdesk.site.Language;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items as whole {@link ItemSnapshot snapshots}, the API of {@code news} for moving items in and
 * out ({@code transfer}): read every item, find one by slug, put one as the snapshot says. What
 * to do with a file (which items to skip, how to report a problem) is the importer's business;
 * the rules of an item (free slugs, sanitised HTML, a revision for every write) are kept here.
 */
@Service
public class ItemSnapshots {

    private final NewsItemRepository items;
    private final NewsItemSlugRepository oldSlugs;
    private final ItemSlugs slugs;
    private final ItemTags tags;
    private final ItemHistory history;
    private final MarkdownRenderer markdown;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final SiteTime time;
    private final Clock clock;
    private final PublicChanges publicChanges;
    private final SiteProperties site;

    ItemSnapshots(NewsItemRepository items, NewsItemSlugRepository oldSlugs, ItemSlugs slugs, ItemTags tags,
                  ItemHistory history, MarkdownRenderer markdown, EntityManager entityManager, JdbcClient jdbc,
                  SiteTime time, Clock clock, PublicChanges publicChanges, SiteProperties site) {
        this.items = items;
        this.oldSlugs = oldSlugs;
        this.slugs = slugs;
        this.tags = tags;
        this.history = history;
        this.markdown = markdown;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
        this.publicChanges = publicChanges;
        this.site = site;
    }

    /** Every item, oldest first, with its tags (by name) and old slugs (oldest first). */
    @Transactional(readOnly = true)
    public List<ItemSnapshot> all() {
        Map<Long, List<ItemSnapshot.OldSlug>> old = new HashMap<>();
        for (NewsItemSlug slug : oldSlugs.findAll()) {
            old.computeIfAbsent(slug.getOwnerId(), id -> new ArrayList<>())
                    .add(new ItemSnapshot.OldSlug(slug.getSlug(), slug.getRetiredAt()));
        }
        return entityManager.createQuery("select distinct i from NewsItem i left join fetch i.tags order by i.id",
                        NewsItem.class).getResultList().stream()
                .map(item -> snapshot(item, old.getOrDefault(item.getId(), List.of())))
                .toList();
    }

    /** The item whose current slug this is. */
    @Transactional(readOnly = true)
    public Optional<ItemSnapshot> find(String slug) {
        return items.findBySlug(slug).map(item -> snapshot(item, oldSlugs.findByOwnerId(item.getId()).stream()
                .map(old -> new ItemSnapshot.OldSlug(old.getSlug(), old.getRetiredAt())).toList()));
    }

    /** Whether an item with this title (ignoring case) is dated on this day in the site's time zone. */
    @Transactional(readOnly = true)
    public boolean existsWithTitleOn(String title, LocalDate date) {
        Instant from = time.startOf(date);
        Instant until = time.startOf(date.plusDays(1));
        return jdbc.sql("""
                        select exists (select 1 from news_items
                                       where lower(title) = lower(:title) and published_at >= :from and published_at < :until)
                        """)
                .param("title", title).param("from", from.atOffset(ZoneOffset.UTC))
                .param("until", until.atOffset(ZoneOffset.UTC))
                .query(Boolean.class).single();
    }

    /**
     * Makes the item of the snapshot's slug what the snapshot says, creating it when there is none
     * (a snapshot without a slug gets a free one made from its title). Tags are found or created by
     * name, old slugs added. Its pictures (lead picture, {@code media:N} in the body) are this
     * library's: the importer checks they exist, and renumbers those of another library first. Who wrote the item and when comes from the snapshot; the revision
     * (an import) names {@code importedBy}.
     *
     * @throws RefusedException ({@link ItemRefusal}) when the slug or an old slug belongs to another item here
     */
    @Transactional
    public void put(ItemSnapshot snapshot, String importedBy) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        NewsItem item = snapshot.slug() == null ? null : items.findBySlug(snapshot.slug()).orElse(null);
        if (item == null) {
            String slug = snapshot.slug() == null ? slugs.fromTitle(snapshot.title(), null) : snapshot.slug();
            if (slugs.isTakenByAnother(slug, null)) {
                throw new RefusedException(ItemRefusal.IMPORTED_SLUG_IS_OLD, "slug", slug);
            }
            item = new NewsItem(slug, snapshot.title(), snapshot.summary(), snapshot.createdAt(), snapshot.createdBy());
        }
        PublicChanges.Seen before = publicChanges.before(item, now);
        if (snapshot.language() != null) {
            item.setLanguage(Language.ofCode(snapshot.language()));
        }
        else if (item.getId() == null) {
            // A file written before languages came: its new items are in the site's language, as new items are.
            item.setLanguage(site.language());
        }
        item.setTitle(snapshot.title());
        item.setSummary(snapshot.summary());
        // Never trust HTML from a file: the sanitised HTML is made here, from the Markdown.
        item.setBody(snapshot.body(), markdown.toSafeHtml(snapshot.body()));
        if (snapshot.leadPicture() != null) {
            item.setLeadPictureId(snapshot.leadPicture());
        }
        item.change(new PublishingChange.Restore(snapshot.status(), snapshot.publishedAt(), snapshot.withdrawalNote()), now);
        item.restoreFirstPublication(snapshot.firstPublishedAt(), now);
        if (item.getId() == null) {
            items.saveAndFlush(item);
        }
        ItemTags.replace(item, tags.resolve(snapshot.tags().stream()
                .map(tag -> new ItemTags.Named(tag.name(), tag.slug())).toList(), now));
        for (ItemSnapshot.OldSlug old : snapshot.oldSlugs()) {
            if (slugs.isTakenByAnother(old.slug(), item.getId())) {
                throw new RefusedException(ItemRefusal.IMPORTED_OLD_SLUG_TAKEN, "oldSlugs", old.slug());
            }
            if (!oldSlugs.existsById(old.slug())) {
                oldSlugs.save(new NewsItemSlug(old.slug(), item.getId(), old.retiredAt()));
            }
        }
        item.touch(snapshot.updatedAt(), snapshot.updatedBy());
        items.saveAndFlush(item);
        history.record(item, RevisionKind.IMPORTED, null, now, importedBy);
        publicChanges.announce(item, before, now);
    }

    /**
     * Makes the items of these current slugs translations of each other (one of each language), and
     * of nothing else: links they had to other items are undone. Slugs of no item are passed over.
     */
    @Transactional
    public void linkTranslations(Collection<String> slugs) {
        List<Long> ids = jdbc.sql("select id from news_items where slug in (:slugs) order by id")
                .param("slugs", slugs).query(Long.class).list();
        if (ids.size() < 2) {
            return;
        }
        jdbc.sql("""
                        update news_items set translation_group = null
                        where translation_group in (select translation_group from news_items where id in (:ids))
                        """).param("ids", ids).update();
        jdbc.sql("update news_items set translation_group = :group where id in (:ids)")
                .param("group", ids.get(0)).param("ids", ids).update();
    }

    /**
     * Links the item of {@code language} titled {@code title} at {@code publishedAt} to the item of
     * the other language at the very same instant, when there is exactly one and neither has a
     * translation: the twin text files of the old site list the same stories on the same dates in
     * the same order, and the text import places the n-th item of a date n minutes before noon, so
     * twins share their instant. Nothing else is changed.
     *
     * @return whether the two were linked
     */
    @Transactional
    public boolean linkTwin(String title, Instant publishedAt, Language language) {
        List<String> pair = jdbc.sql("""
                        select mine.slug || ' ' || twin.slug from news_items mine
                        join news_items twin on twin.published_at = mine.published_at and twin.language <> mine.language
                        where mine.language = :language and mine.published_at = :at and lower(mine.title) = lower(:title)
                          and not exists (select 1 from news_items t where t.translation_group = mine.translation_group and t.id <> mine.id)
                          and not exists (select 1 from news_items t where t.translation_group = twin.translation_group and t.id <> twin.id)
                        """)
                .param("language", language.code()).param("at", publishedAt.atOffset(ZoneOffset.UTC)).param("title", title)
                .query(String.class).list();
        if (pair.size() != 1) {
            return false;
        }
        linkTranslations(List.of(pair.get(0).split(" ")));
        return true;
    }

    private static ItemSnapshot snapshot(NewsItem item, List<ItemSnapshot.OldSlug> old) {
        return new ItemSnapshot(item.getSlug(), item.getTitle(), item.getSummary(), item.getBodyMarkdown(),
                item.getStatus(), item.getPublishedAt(), item.getFirstPublishedAt(), item.getWithdrawalNote(),
                item.getTags().stream()
                        .sorted(Comparator.comparing((Tag tag) -> tag.getName().toLowerCase(Locale.ROOT)))
                        .map(tag -> new ItemSnapshot.SnapshotTag(tag.getName(), tag.getSlug())).toList(),
                old.stream().sorted(Comparator.comparing(ItemSnapshot.OldSlug::retiredAt)
                        .thenComparing(ItemSnapshot.OldSlug::slug)).toList(),
                item.getCreatedAt(), item.getCreatedBy(), item.getUpdatedAt(), item.getUpdatedBy(),
                item.getLanguage().code(), item.getTranslationGroup() == null ? null : "group-" + item.getTranslationGroup(),
                item.getLeadPictureId());
    }
}
