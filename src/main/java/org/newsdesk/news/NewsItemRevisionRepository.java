package org.newsdesk.news;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NewsItemRevisionRepository extends JpaRepository<NewsItemRevision, Long> {

    List<NewsItemRevision> findByNewsItemIdOrderByNumberDesc(long newsItemId);

    Optional<NewsItemRevision> findByNewsItemIdAndNumber(long newsItemId, int number);

    @Query("select coalesce(max(r.number), 0) from NewsItemRevision r where r.newsItemId = :newsItemId")
    int lastNumber(long newsItemId);
}
