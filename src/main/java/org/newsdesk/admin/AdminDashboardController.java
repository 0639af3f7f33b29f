package org.newsdesk.admin;

import org.newsdesk.news.ItemIndex;
import org.newsdesk.pings.CrawlerDeliveries;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin}: where editors land after signing in. Counts of items by state and the way to
 * each screen, and how the latest crawler notifications went; deliberately light (two SQL
 * statements, made by the news and pings modules).
 */
@Controller
record AdminDashboardController(ItemIndex items, CrawlerDeliveries crawlerDeliveries) {

    @GetMapping("/admin")
    ModelAndView dashboard() {
        return new ModelAndView("admin/dashboard").addObject("counts", items.counts())
                .addObject("crawlerChannels", crawlerDeliveries.channels());
    }
}
