package org.newsdesk.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsdesk.site.SiteTime;
import org.newsdesk.web.Pagination;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit log for {@code /admin/audit}: newest first, filtered, a page at a time. */
@Component
record AuditTrail(JdbcClient jdbc, SiteTime siteTime) {

    static final int PAGE_SIZE = 50;

    record Page(List<AuditEntryRow> entries, Pagination pages) {
    }

    Page find(AuditFilter filter, int page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new TreeMap<>();
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.user() != null) {
            conditions.add("(lower(actor) = lower(:user) or (actor is null and lower(subject) = lower(:user)))");
            params.put("user", filter.user());
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
            params.put("from", siteTime.startOf(filter.from()).atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("at < :to");
            params.put("to", siteTime.startOf(filter.to().plusDays(1)).atOffset(ZoneOffset.UTC));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from audit_entries" + where).params(params).query(Long.class).single();
        Pagination pages = Pagination.of(page, total, PAGE_SIZE, "/admin/audit").withQuery(filter.parameters());
        List<AuditEntryRow> entries = jdbc.sql("""
                        select id, at, actor, client_address, action, subject, details from audit_entries
                        """ + where + " order by at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) (page - 1) * PAGE_SIZE)
                .query((rs, row) -> new AuditEntryRow(rs.getLong("id"),
                        siteTime.local(rs.getObject("at", OffsetDateTime.class).toInstant()),
                        rs.getString("actor"), rs.getString("client_address"), action(rs.getString("action")),
                        rs.getString("subject"), rs.getString("details")))
                .list();
        return new Page(entries, pages);
    }

    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        }
        catch (IllegalArgumentException retired) {
            return null;
        }
    }
}
