package org.newsdesk.news;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NewsItemSlugRepository extends JpaRepository<NewsItemSlug, String> {
}
