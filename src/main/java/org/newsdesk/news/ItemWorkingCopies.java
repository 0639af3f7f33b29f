package org.newsdesk.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Editors' working copies (V93): what the item form's script keeps every few seconds while an
 * editor types, one per editor and item, or per editor and new-item form (its creation token).
 * Never a revision and never the item: it is only offered back to the same editor. Copies older
 * than {@link #KEPT_FOR} are removed by an hourly job on one instance (ShedLock).
 */
@Component
class ItemWorkingCopies {

    static final Duration KEPT_FOR = Duration.ofDays(14);

    private final JdbcClient jdbc;
    private final Clock clock;

    ItemWorkingCopies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final String COLUMNS = "id, news_item_id, form_token, base_version, title, summary, body, tags, slug,"
            + " date, time, lead_picture, withdrawal_note, language, saved_at";
    private static final String FIELDS = "title, summary, body, tags, slug, date, time, lead_picture, withdrawal_note, language, saved_at";
    private static final String VALUES = ":title, :summary, :body, :tags, :slug, :date, :time, :leadPicture, :withdrawalNote, :language, :at";
    private static final String UPDATE = """
            title = excluded.title, summary = excluded.summary, body = excluded.body, tags = excluded.tags,
            slug = excluded.slug, date = excluded.date, time = excluded.time, lead_picture = excluded.lead_picture,
            withdrawal_note = excluded.withdrawal_note, language = excluded.language, saved_at = excluded.saved_at""";

    /**
     * Keeps the form for an item (its version the text was typed over) or for a new-item form.
     *
     * @return false when the item does not exist (any more)
     */
    boolean keep(String user, WorkingText text, long itemId, long baseVersion) {
        return jdbc.sql("insert into item_working_copies (user_name, news_item_id, base_version, " + FIELDS + ")"
                        + " select :user, id, :version, " + VALUES + " from news_items where id = :item"
                        + " on conflict (user_name, news_item_id) where news_item_id is not null do update set"
                        + " base_version = excluded.base_version, " + UPDATE)
                .params(params(text, user)).param("item", itemId).param("version", baseVersion).update() == 1;
    }

    void keep(String user, WorkingText text, UUID formToken) {
        jdbc.sql("insert into item_working_copies (user_name, form_token, " + FIELDS + ") values (:user, :token, " + VALUES + ")"
                        + " on conflict (user_name, form_token) where form_token is not null do update set " + UPDATE)
                .params(params(text, user)).param("token", formToken).update();
    }

    Optional<WorkingCopy> of(String user, long itemId) {
        return jdbc.sql("select " + COLUMNS + " from item_working_copies where user_name = :user and news_item_id = :item")
                .param("user", user).param("item", itemId).query(ItemWorkingCopies::copy).optional();
    }

    Optional<WorkingCopy> of(String user, UUID formToken) {
        return jdbc.sql("select " + COLUMNS + " from item_working_copies where user_name = :user and form_token = :token")
                .param("user", user).param("token", formToken).query(ItemWorkingCopies::copy).optional();
    }

    /** The editor's copies of new items never saved, newest first. */
    List<WorkingCopy> ofNewItems(String user) {
        return jdbc.sql("select " + COLUMNS + " from item_working_copies where user_name = :user and form_token is not null"
                        + " order by saved_at desc limit 10")
                .param("user", user).query(ItemWorkingCopies::copy).list();
    }

    void discard(String user, long itemId) {
        jdbc.sql("delete from item_working_copies where user_name = :user and news_item_id = :item")
                .param("user", user).param("item", itemId).update();
    }

    void discard(String user, UUID formToken) {
        jdbc.sql("delete from item_working_copies where user_name = :user and form_token = :token")
                .param("user", user).param("token", formToken).update();
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    @SchedulerLock(name = "item-working-copies", lockAtLeastFor = "PT10M")
    public void removeOld() {
        jdbc.sql("delete from item_working_copies where saved_at < :before")
                .param("before", clock.instant().minus(KEPT_FOR).atOffset(ZoneOffset.UTC)).update();
    }

    private Map<String, Object> params(WorkingText text, String user) {
        // Not Map.of: the fields a copy does not hold are null.
        Map<String, Object> params = new HashMap<>();
        params.put("user", user);
        params.put("title", text.title());
        params.put("summary", text.summary());
        params.put("body", text.body());
        params.put("tags", text.tags());
        params.put("slug", text.slug());
        params.put("date", text.date());
        params.put("time", text.time());
        params.put("leadPicture", text.leadPicture());
        params.put("withdrawalNote", text.withdrawalNote());
        params.put("language", text.language());
        params.put("at", clock.instant().atOffset(ZoneOffset.UTC));
        return params;
    }

    private static WorkingCopy copy(ResultSet row, int number) throws SQLException {
        return new WorkingCopy(row.getLong("id"), row.getObject("news_item_id", Long.class),
                row.getObject("form_token", UUID.class), row.getObject("base_version", Long.class),
                new WorkingText(row.getString("title"), row.getString("summary"), row.getString("body"), row.getString("tags"),
                        row.getString("slug"), row.getString("date"), row.getString("time"), row.getString("lead_picture"),
                        row.getString("withdrawal_note"), row.getString("language")),
                row.getTimestamp("saved_at").toInstant());
    }

    /**
     * Every field of the item form as typed (within the table's limits), as the script sends them
     * (bound by name from the request). The text is never null (missing is empty); the other fields
     * are null when the copy does not hold them (a form without that field, or a copy kept before
     * V97), and the form then shows the item's saved value there.
     */
    record WorkingText(String title, String summary, String body, String tags, String slug,
                       String date, String time, String leadPicture, String withdrawalNote, String language) {

        WorkingText {
            title = title == null ? "" : title;
            summary = summary == null ? "" : summary;
            body = body == null ? "" : body;
            tags = tags == null ? "" : tags;
            slug = slug == null ? "" : slug;
        }

        /** Whether each field fits what the table keeps: twice the item's limits, so that text over them is kept too. */
        boolean fits() {
            return title.length() <= 2000 && summary.length() <= 10_000 && body.length() <= 200_000
                    && tags.length() <= 10_000 && slug.length() <= 1000 && fits(date, 100) && fits(time, 100)
                    && fits(leadPicture, 100) && fits(withdrawalNote, 2 * NewsItemForm.NOTE_MAX_LENGTH) && fits(language, 100);
        }

        private static boolean fits(String field, int max) {
            return field == null || field.length() <= max;
        }
    }

    /** A kept copy: whose form ({@code newsItemId} or {@code formToken}), the version it was typed over, its fields. */
    record WorkingCopy(long id, Long newsItemId, UUID formToken, Long baseVersion, WorkingText text, Instant savedAt) {
    }
}
