package org.newsdesk.news.tags;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TagSlugRepository extends JpaRepository<TagSlug, String> {

    /** The current slug of the tag that once had this one. */
    @Query("select t.slug from TagSlug s, Tag t where s.slug = :oldSlug and t.id = s.ownerId")
    Optional<String> findCurrentSlug(String oldSlug);
}
