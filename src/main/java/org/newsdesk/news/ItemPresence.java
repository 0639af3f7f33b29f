package org.newsdesk.news;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.newsdesk.site.Messages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who else has an item's form open (V94): each editor's last sign of life on the item, for a light
 * notice ("Ana Pérez is also editing this item"). A sign older than {@link #FRESH} no longer counts.
 */
@Component
record ItemPresence(JdbcClient jdbc, Clock clock, Messages messages) {

    static final Duration FRESH = Duration.ofSeconds(60);

    /** Notes that this editor has the item open now; the notice naming the others who do (empty when nobody does). */
    String here(long itemId, String user, String displayName) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime stale = now.minus(FRESH);
        jdbc.sql("delete from item_presence where news_item_id = :item and seen_at < :stale")
                .param("item", itemId).param("stale", stale).update();
        jdbc.sql("""
                insert into item_presence (news_item_id, user_name, display_name, seen_at)
                select id, :user, :name, :now from news_items where id = :item
                on conflict (news_item_id, user_name) do update set display_name = excluded.display_name, seen_at = excluded.seen_at""")
                .param("item", itemId).param("user", user).param("name", cut(displayName)).param("now", now).update();
        List<String> others = jdbc.sql("""
                select display_name from item_presence
                where news_item_id = :item and user_name <> :user and seen_at >= :stale order by display_name""")
                .param("item", itemId).param("user", user).param("stale", stale).query(String.class).list();
        return switch (others.size()) {
            case 0 -> "";
            case 1 -> messages.get("admin.presence.one", others.get(0));
            default -> messages.get("admin.presence.many", String.join(", ", others));
        };
    }

    /** This editor closed the item's form. */
    void left(long itemId, String user) {
        jdbc.sql("delete from item_presence where news_item_id = :item and user_name = :user")
                .param("item", itemId).param("user", user).update();
    }

    private static String cut(String name) {
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
