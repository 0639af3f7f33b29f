package org.newsdesk.news.tags;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.newsdesk.news.NewsItemRepository;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findBySlug(String slug);

    @Query("select t from Tag t where lower(t.name) = lower(:name)")
    Optional<Tag> findByNameIgnoringCase(String name);

    /** Tags that have visible items, with how many, by name. */
    @Query("select new org.newsdesk.news.tags.TagCount(t.slug, t.name, count(i)) from NewsItem i join i.tags t"
            + " where " + NewsItemRepository.VISIBLE + " group by t.id, t.slug, t.name order by lower(t.name)")
    List<TagCount> countVisibleItemsPerTag(Instant now);
}
