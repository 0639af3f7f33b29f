package org.newsdesk.news;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NewsItemSlugRepository extends JpaRepository<NewsItemSlug, String> {

    List<NewsItemSlug> findByOwnerId(Long newsItemId);
}
