package org.newsdesk.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.news.tags.Tag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items in bulk: created from the customer's plain-text news page, and exported to and imported
 * from snapshots (the JSON backup). Each import is one transaction: all of it or nothing.
 */
@Service
public class NewsItemTransfer {

    /** Items read from text have a date but no time: they are placed at noon, so the date is right in any zone nearby. */
    static final LocalTime TEXT_IMPORT_TIME = LocalTime.NOON;

    private final NewsItemRepository items;
    private final NewsItemSlugRepository oldSlugs;
    private final ItemSlugs slugs;
    private final ItemTags tags;
    private final ItemHistory history;
    private final MarkdownRenderer markdown;
    private final SiteProperties site;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    NewsItemTransfer(NewsItemRepository items, NewsItemSlugRepository oldSlugs, ItemSlugs slugs, ItemTags tags,
                     ItemHistory history, MarkdownRenderer markdown, SiteProperties site, Clock clock, JdbcClient jdbc,
                     EntityManager entityManager) {
        this.items = items;
        this.oldSlugs = oldSlugs;
        this.slugs = slugs;
        this.tags = tags;
        this.history = history;
        this.markdown = markdown;
        this.site = site;
        this.clock = clock;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Whether an item with this title (ignoring case) is dated on this day in the site's time zone. */
    @Transactional(readOnly = true)
    public boolean existsWithTitleOn(String title, LocalDate date) {
        Instant from = date.atStartOfDay(site.timeZone()).toInstant();
        Instant until = date.plusDays(1).atStartOfDay(site.timeZone()).toInstant();
        return jdbc.sql("""
                        select exists (select 1 from news_items
                                       where lower(title) = lower(:title) and published_at >= :from and published_at < :until)
                        """)
                .param("title", title).param("from", from.atOffset(ZoneOffset.UTC))
                .param("until", until.atOffset(ZoneOffset.UTC))
                .query(Boolean.class).single();
    }

    /**
     * Creates an item for every entry that is not there yet (same title on the same date), as
     * drafts or published, and says how many were created. Importing the same text again, or
     * twice at the same moment, creates nothing new.
     */
    @Transactional
    public int createFromText(List<TextEntry> entries, boolean publish, String editor) {
        // Two confirmations of the same import (a double click) must not both pass the duplicate check.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('newsdesk:text-import'))").query().singleRow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int created = 0;
        for (TextEntry entry : entries) {
            if (existsWithTitleOn(entry.title(), entry.date())) {
                continue;
            }
            Instant publishedAt = entry.date().atTime(TEXT_IMPORT_TIME).minusMinutes(entry.order())
                    .atZone(site.timeZone()).toInstant();
            NewsItem item = new NewsItem(slugs.fromTitle(entry.title(), null), entry.title(), entry.summary(), now, editor);
            item.moveTo(publish ? NewsStatus.PUBLISHED : NewsStatus.DRAFT, publishedAt, null);
            item.recordIfPublicAt(now);
            items.saveAndFlush(item);
            history.record(item, RevisionKind.IMPORTED, null, now, editor);
            created++;
        }
        return created;
    }

    /** Every item, oldest first, with its tags and old slugs. */
    @Transactional(readOnly = true)
    public List<ItemSnapshot> snapshots() {
        Map<Long, List<ItemSnapshot.OldSlug>> old = new HashMap<>();
        for (NewsItemSlug slug : oldSlugs.findAll()) {
            old.computeIfAbsent(slug.getNewsItemId(), id -> new ArrayList<>())
                    .add(new ItemSnapshot.OldSlug(slug.getSlug(), slug.getRetiredAt()));
        }
        return entityManager.createQuery("select distinct i from NewsItem i left join fetch i.tags order by i.id",
                        NewsItem.class).getResultList().stream()
                .map(item -> new ItemSnapshot(item.getSlug(), item.getTitle(), item.getSummary(), item.getBodyMarkdown(),
                        item.getStatus(), item.getPublishedAt(), item.getFirstPublishedAt(), item.getWithdrawalNote(),
                        item.getTags().stream()
                                .sorted(Comparator.comparing((Tag tag) -> tag.getName().toLowerCase(Locale.ROOT)))
                                .map(tag -> new ItemSnapshot.SnapshotTag(tag.getName(), tag.getSlug())).toList(),
                        old.getOrDefault(item.getId(), List.of()).stream()
                                .sorted(Comparator.comparing(ItemSnapshot.OldSlug::retiredAt)
                                        .thenComparing(ItemSnapshot.OldSlug::slug)).toList(),
                        item.getCreatedAt(), item.getCreatedBy(), item.getUpdatedAt(), item.getUpdatedBy()))
                .toList();
    }

    /**
     * Imports snapshots, matched by slug: a new slug creates an item; an existing one with the same
     * content is left alone; with other content it is updated only when {@code updateExisting}.
     * Either every snapshot is imported or, when one conflicts with the items here, none.
     *
     * @throws ItemImportRefusedException naming the snapshot that conflicts and why
     */
    @Transactional
    public List<ItemSnapshot.Outcome> importSnapshots(List<ItemSnapshot> snapshots, boolean updateExisting, String editor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<ItemSnapshot.Outcome> outcomes = new ArrayList<>();
        for (int index = 0; index < snapshots.size(); index++) {
            ItemSnapshot snapshot = snapshots.get(index);
            try {
                outcomes.add(importSnapshot(snapshot, updateExisting, now, editor));
            }
            catch (RefusedException refused) {
                throw new ItemImportRefusedException(index + 1, snapshot.slug(), refused);
            }
        }
        return outcomes;
    }

    private ItemSnapshot.Outcome importSnapshot(ItemSnapshot snapshot, boolean updateExisting, Instant now, String editor) {
        NewsItem item = items.findBySlug(snapshot.slug()).orElse(null);
        ItemSnapshot.Kind kind;
        if (item == null) {
            if (slugs.isTakenByAnother(snapshot.slug(), null)) {
                throw new RefusedException(ItemRefusal.IMPORTED_SLUG_IS_OLD, "slug", snapshot.slug());
            }
            item = new NewsItem(snapshot.slug(), snapshot.title(), snapshot.summary(), snapshot.createdAt(),
                    snapshot.createdBy());
            kind = ItemSnapshot.Kind.CREATED;
        }
        else if (sameContent(item, snapshot)) {
            return new ItemSnapshot.Outcome(snapshot.slug(), snapshot.title(), ItemSnapshot.Kind.UNCHANGED);
        }
        else if (!updateExisting) {
            return new ItemSnapshot.Outcome(snapshot.slug(), snapshot.title(), ItemSnapshot.Kind.SKIPPED);
        }
        else {
            kind = ItemSnapshot.Kind.UPDATED;
        }
        item.setTitle(snapshot.title());
        item.setSummary(snapshot.summary());
        // Never trust HTML from a file: the sanitised HTML is made here, from the Markdown.
        item.setBody(snapshot.body(), markdown.toSafeHtml(snapshot.body()));
        item.moveTo(snapshot.status(), snapshot.publishedAt(), snapshot.withdrawalNote());
        item.setFirstPublishedAt(snapshot.firstPublishedAt());
        item.recordIfPublicAt(now);
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
        // A backup brings back who wrote the item and when; the revision says who imported it.
        item.touch(snapshot.updatedAt(), snapshot.updatedBy());
        items.saveAndFlush(item);
        history.record(item, RevisionKind.IMPORTED, null, now, editor);
        return new ItemSnapshot.Outcome(snapshot.slug(), snapshot.title(), kind);
    }

    private boolean sameContent(NewsItem item, ItemSnapshot snapshot) {
        Set<String> tagNames = item.getTags().stream().map(tag -> tag.getName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> wantedTags = snapshot.tags().stream().map(tag -> tag.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> itemOldSlugs = oldSlugs.findByNewsItemId(item.getId()).stream().map(NewsItemSlug::getSlug)
                .collect(Collectors.toSet());
        return item.getTitle().equals(snapshot.title()) && item.getSummary().equals(snapshot.summary())
                && item.getBodyMarkdown().equals(snapshot.body()) && item.getStatus() == snapshot.status()
                && Objects.equals(item.getPublishedAt(), snapshot.publishedAt())
                && Objects.equals(item.getWithdrawalNote(), snapshot.withdrawalNote())
                && tagNames.equals(wantedTags)
                && itemOldSlugs.containsAll(snapshot.oldSlugs().stream().map(ItemSnapshot.OldSlug::slug).toList());
    }
}
