package org.newsdesk.news;

import java.time.Instant;
import java.util.Objects;

/**
 * What is asked of an item's publishing state, given to {@link NewsItem#change}: one of the
 * editor's actions, with the date the form stands for, or a state brought back whole.
 */
public sealed interface PublishingChange {

    /**
     * Keeps the item where it is, with the date typed (null: none). A live item's date stays in
     * the past and a scheduled one's in the future, since either move would change what the public sees.
     */
    record Save(Instant date, String withdrawalNote) implements PublishingChange {
    }

    /** Public now, or at the past date given (null: now). */
    record Publish(Instant date) implements PublishingChange {
    }

    /** Public from an instant in the future, with no further step. */
    record Schedule(Instant at) implements PublishingChange {

        public Schedule {
            Objects.requireNonNull(at, "a schedule needs its instant");
        }
    }

    /** Off the site, keeping the date typed (null: none). */
    record ReturnToDraft(Instant date) implements PublishingChange {
    }

    /** Off the site with a note; its address answers 410. The date typed, or null to keep the item's. */
    record Withdraw(Instant date, String note) implements PublishingChange {
    }

    /**
     * A state recorded earlier (a revision restored, an item imported) taken as it was: it was
     * checked when it was made. A published state needs its instant.
     */
    record Restore(NewsStatus status, Instant publishedAt, String withdrawalNote) implements PublishingChange {

        public Restore {
            if (status == NewsStatus.PUBLISHED && publishedAt == null) {
                throw new IllegalArgumentException("A published item needs a publication instant");
            }
        }
    }
}
