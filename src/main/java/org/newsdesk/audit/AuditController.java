package org.newsdesk.audit;

import java.util.List;

import org.newsdesk.web.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The audit log for administrators ({@code /admin/audit/**} is ADMIN-only in the security
 * configuration): newest first, filtered by action, user and a range of days, fifty a page.
 * It only reads: nothing in the app changes an entry.
 */
@Controller
@RequestMapping("/admin/audit")
record AuditController(AuditTrail trail) {

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String action, @RequestParam(required = false) String user,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String page) {
        AuditFilter filter = AuditFilter.of(action, user, from, to);
        AuditTrail.Page found = trail.find(filter, page == null ? 1 : PageNumber.parse(page));
        return new ModelAndView("admin/audit/list")
                .addObject("filter", filter)
                .addObject("actions", List.of(AuditAction.values()))
                .addObject("entries", found.entries())
                .addObject("pages", found.pages());
    }
}
