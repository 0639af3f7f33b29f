package org.newsdesk.admin;

import java.time.Clock;
import java.time.ZoneOffset;

import org.newsdesk.pings.CrawlerDeliveries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin}: where editors land after signing in. Counts of items by state and the way to
 * each screen, and how the latest crawler notifications went; deliberately light (two SQL statements).
 */
@Controller
class AdminDashboardController {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CrawlerDeliveries crawlerDeliveries;

    AdminDashboardController(JdbcClient jdbc, Clock clock, CrawlerDeliveries crawlerDeliveries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.crawlerDeliveries = crawlerDeliveries;
    }

    @GetMapping("/admin")
    @Transactional(readOnly = true)
    ModelAndView dashboard() {
        DashboardCounts counts = jdbc.sql("""
                        select count(*) filter (where status = 'DRAFT') as drafts,
                               count(*) filter (where news_item_is_scheduled(status, published_at, :now)) as scheduled,
                               count(*) filter (where news_item_is_visible(status, published_at, :now)) as published,
                               count(*) filter (where status = 'WITHDRAWN') as withdrawn,
                               (select count(*) from tags) as tags
                        from news_items
                        """)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(DashboardCounts.class)
                .single();
        return new ModelAndView("admin/dashboard").addObject("counts", counts)
                .addObject("crawlerChannels", crawlerDeliveries.channels());
    }
}
