package org.newsdesk.news;

import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes "create" happen once per new-item form: the form carries a random token, and the save
 * that creates an item claims it in the same transaction (V56). The same form sent again later
 * finds the item it made ({@link #itemMadeBy}); sent twice at the same moment, on one instance or
 * two, the second claim waits for the first transaction and then returns the first one's item
 * instead of making another. A refused save (a mistake in the form) rolls its claim back with
 * everything else, so the corrected form still creates, once.
 */
@Service
class ItemCreationTokens {

    private final JdbcClient jdbc;

    ItemCreationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the item the form with this token has already made, if it made one that still exists. */
    Optional<Long> itemMadeBy(Optional<UUID> token) {
        return token.flatMap(this::madeBy);
    }

    /** The id of the item {@code create} makes, or of the one this token's form made meanwhile. */
    @Transactional
    long createOnce(Optional<UUID> token, LongSupplier create) {
        if (token.isEmpty()) {
            return create.getAsLong();
        }
        jdbc.sql("delete from item_creation_tokens where created_at < now() - interval '30 days'").update();
        // Waits for another transaction holding the same token, then finds its row.
        int claimed = jdbc.sql("insert into item_creation_tokens (token) values (:token) on conflict do nothing")
                .param("token", token.get()).update();
        if (claimed == 0) {
            Optional<Long> made = madeBy(token.get());
            if (made.isPresent()) {
                return made.get();
            }
        }
        long item = create.getAsLong();
        jdbc.sql("update item_creation_tokens set news_item_id = :item where token = :token")
                .param("item", item).param("token", token.get()).update();
        return item;
    }

    private Optional<Long> madeBy(UUID token) {
        return jdbc.sql("select news_item_id from item_creation_tokens where token = :token and news_item_id is not null")
                .param("token", token).query(Long.class).optional();
    }

    /** A token for a new form. */
    static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** The token a form sent, if it is one; a form without one (or a tampered one) creates without it. */
    static Optional<UUID> parse(String token) {
        return token != null && token.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") ? Optional.of(UUID.fromString(token)) : Optional.empty();
    }
}
