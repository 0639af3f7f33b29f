package org.newsdesk.news;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsdesk.site.RefusedException;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publishing rules of {@link NewsItem#change}, at an exact instant, without Spring or a database. */
class NewsItemTests {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
    private static final Instant LAST_WEEK = NOW.minus(Duration.ofDays(7));
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
    private static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));

    private static NewsItem unsaved() {
        return new NewsItem("an-item", "An item", "A summary.", LAST_WEEK.minus(Duration.ofDays(1)), "ana");
    }

    /** As the database gives it back: with an id. */
    private static NewsItem saved() {
        NewsItem item = unsaved();
        ReflectionTestUtils.setField(item, "id", 7L);
        return item;
    }

    private static NewsItem live() {
        NewsItem item = saved();
        item.change(new PublishingChange.Publish(LAST_WEEK), LAST_WEEK);
        return item;
    }

    private static NewsItem scheduled() {
        NewsItem item = saved();
        item.change(new PublishingChange.Schedule(TOMORROW), LAST_WEEK);
        return item;
    }

    private static NewsItem withdrawn() {
        NewsItem item = live();
        item.change(new PublishingChange.Withdraw(null, "Published twice."), YESTERDAY);
        return item;
    }

    private static void assertRefused(NewsItem item, PublishingChange change, ItemRefusal reason, String field) {
        NewsStatus status = item.getStatus();
        Instant publishedAt = item.getPublishedAt();
        assertThatThrownBy(() -> item.change(change, NOW))
                .isInstanceOfSatisfying(RefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(reason);
                    assertThat(refused.field()).isEqualTo(field);
                });
        assertThat(item.getStatus()).isEqualTo(status);
        assertThat(item.getPublishedAt()).isEqualTo(publishedAt);
    }

    @Nested
    class ADraft {

        @Test
        void isSavedWithOrWithoutADateAndStaysPrivate() {
            NewsItem item = unsaved();
            item.change(new PublishingChange.Save(null, null), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.DRAFT);
            assertThat(item.getPublishedAt()).isNull();

            item.change(new PublishingChange.Save(YESTERDAY, "ignored"), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.DRAFT);
            assertThat(item.getPublishedAt()).isEqualTo(YESTERDAY);
            assertThat(item.getWithdrawalNote()).isNull();
            assertThat(item.isVisibleAt(NOW)).isFalse();
            assertThat(item.hasBeenPublicAt(NOW)).isFalse();
        }

        @Test
        void isPublishedNowWhenNoDateIsGiven() {
            NewsItem item = unsaved();
            item.change(new PublishingChange.Publish(null), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.PUBLISHED);
            assertThat(item.getPublishedAt()).isEqualTo(NOW);
            assertThat(item.isVisibleAt(NOW)).isTrue();
            assertThat(item.getFirstPublishedAt()).isEqualTo(NOW);
        }

        @Test
        void isPublishedAtAPastDate() {
            NewsItem item = unsaved();
            item.change(new PublishingChange.Publish(LAST_WEEK), NOW);
            assertThat(item.getPublishedAt()).isEqualTo(LAST_WEEK);
            assertThat(item.isVisibleAt(NOW)).isTrue();
            assertThat(item.getFirstPublishedAt()).isEqualTo(LAST_WEEK);
        }

        @Test
        void isNotPublishedNowAtAFutureDate() {
            assertRefused(unsaved(), new PublishingChange.Publish(TOMORROW), ItemRefusal.PUBLISH_DATE_IN_FUTURE, "date");
        }

        @Test
        void isScheduledForTheFutureWithoutBeingPublicBefore() {
            NewsItem item = unsaved();
            item.change(new PublishingChange.Schedule(TOMORROW), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.PUBLISHED);
            assertThat(ItemState.of(item.getStatus(), item.getPublishedAt(), NOW)).isEqualTo(ItemState.SCHEDULED);
            assertThat(item.isVisibleAt(NOW)).isFalse();
            assertThat(item.isVisibleAt(TOMORROW)).isTrue();
            assertThat(item.hasBeenPublicAt(NOW)).isFalse();
            assertThat(item.getFirstPublishedAt()).isNull();
        }

        @Test
        void isNotScheduledForNowOrThePast() {
            assertRefused(unsaved(), new PublishingChange.Schedule(NOW), ItemRefusal.SCHEDULE_DATE_IN_PAST, "date");
            assertRefused(unsaved(), new PublishingChange.Schedule(YESTERDAY), ItemRefusal.SCHEDULE_DATE_IN_PAST, "date");
        }

        @Test
        void cannotBeReturnedToDraftOrWithdrawnBeforeItIsSaved() {
            assertRefused(unsaved(), new PublishingChange.ReturnToDraft(null), ItemRefusal.NOT_YET_SAVED, null);
            assertRefused(unsaved(), new PublishingChange.Withdraw(null, "Note"), ItemRefusal.NOT_YET_SAVED, null);
        }

        @Test
        void isAlreadyADraft() {
            assertRefused(saved(), new PublishingChange.ReturnToDraft(null), ItemRefusal.ALREADY_DRAFT, null);
        }

        @Test
        void isNotWithdrawnButDeleted() {
            assertRefused(saved(), new PublishingChange.Withdraw(null, "Note"), ItemRefusal.WITHDRAW_DRAFT, null);
        }
    }

    @Test
    void aLiveItemIsRepublishedAndAScheduledOneRescheduled() {
        NewsItem live = live();
        NewsItem scheduled = scheduled();

        live.change(new PublishingChange.Publish(YESTERDAY), NOW);
        scheduled.change(new PublishingChange.Schedule(NEXT_WEEK), NOW);

        assertThat(List.of(live.getPublishedAt(), scheduled.getPublishedAt())).containsExactly(YESTERDAY, NEXT_WEEK);
    }

    @Test
    void aSavedDateKeepsAPublishedItemOnItsSideOfNow() {
        NewsItem live = live();
        NewsItem scheduled = scheduled();

        live.change(new PublishingChange.Save(YESTERDAY, null), NOW);
        scheduled.change(new PublishingChange.Save(NEXT_WEEK, null), NOW);

        assertThat(live.getPublishedAt()).isEqualTo(YESTERDAY);
        assertThat(live.isVisibleAt(NOW)).isTrue();
        assertThat(scheduled.getPublishedAt()).isEqualTo(NEXT_WEEK);
        assertThat(scheduled.isVisibleAt(NOW)).isFalse();
    }

    @Nested
    class ALiveItem {

        @Test
        void needsADate() {
            assertRefused(live(), new PublishingChange.Save(null, null), ItemRefusal.DATE_REQUIRED_WHEN_PUBLISHED, "date");
        }

        @Test
        void cannotMoveItsDateIntoTheFuture() {
            assertRefused(live(), new PublishingChange.Save(TOMORROW, null), ItemRefusal.LIVE_DATE_IN_FUTURE, "date");
        }

        @Test
        void cannotBeScheduled() {
            assertRefused(live(), new PublishingChange.Schedule(TOMORROW), ItemRefusal.SCHEDULE_LIVE_ITEM, null);
        }

        @Test
        void returnsToDraftRememberingThatItWasPublic() {
            NewsItem item = live();
            item.change(new PublishingChange.ReturnToDraft(LAST_WEEK), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.DRAFT);
            assertThat(item.isVisibleAt(NOW)).isFalse();
            assertThat(item.hasBeenPublicAt(NOW)).isTrue();
            assertThat(item.getFirstPublishedAt()).isEqualTo(LAST_WEEK);
        }

        @Test
        void isWithdrawnWithANoteKeepingItsDate() {
            NewsItem item = live();
            item.change(new PublishingChange.Withdraw(null, "Published twice."), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.WITHDRAWN);
            assertThat(item.getPublishedAt()).isEqualTo(LAST_WEEK);
            assertThat(item.getWithdrawalNote()).isEqualTo("Published twice.");
            assertThat(item.isVisibleAt(NOW)).isFalse();
            assertThat(item.hasBeenPublicAt(NOW)).isTrue();
        }
    }

    @Nested
    class AScheduledItem {

        @Test
        void cannotMoveItsDateIntoThePast() {
            assertRefused(scheduled(), new PublishingChange.Save(YESTERDAY, null), ItemRefusal.SCHEDULED_DATE_IN_PAST, "date");
            assertRefused(scheduled(), new PublishingChange.Save(NOW, null), ItemRefusal.SCHEDULED_DATE_IN_PAST, "date");
        }

        @Test
        void isPublishedNowInstead() {
            NewsItem item = scheduled();
            item.change(new PublishingChange.Publish(null), NOW);
            assertThat(item.getPublishedAt()).isEqualTo(NOW);
            assertThat(item.isVisibleAt(NOW)).isTrue();
        }

        @Test
        void returnsToDraftHavingNeverBeenPublic() {
            NewsItem item = scheduled();
            item.change(new PublishingChange.ReturnToDraft(TOMORROW), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.DRAFT);
            assertThat(item.hasBeenPublicAt(NOW)).isFalse();
            assertThat(item.getFirstPublishedAt()).isNull();
        }

        @Test
        void isNotWithdrawnSinceNobodyCouldHaveSeenIt() {
            assertRefused(scheduled(), new PublishingChange.Withdraw(null, "Note"), ItemRefusal.WITHDRAW_NEVER_PUBLIC, null);
        }

        @Test
        void goesLiveWithoutAWriteAndIsThenTreatedAsLive() {
            NewsItem item = scheduled();
            Instant later = TOMORROW.plus(Duration.ofHours(1));
            assertThat(item.isVisibleAt(later)).isTrue();

            item.change(new PublishingChange.ReturnToDraft(null), later);

            // Its address was public for an hour: that is remembered, and it may now be withdrawn.
            assertThat(item.getFirstPublishedAt()).isEqualTo(TOMORROW);
            assertThat(item.hasBeenPublicAt(later)).isTrue();
            item.change(new PublishingChange.Withdraw(null, "Too early."), later);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.WITHDRAWN);
        }
    }

    @Nested
    class AWithdrawnItem {

        @Test
        void staysWithdrawnWhenSavedKeepingItsDateUnlessAnotherIsGiven() {
            NewsItem item = withdrawn();
            item.change(new PublishingChange.Save(null, "A new note."), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.WITHDRAWN);
            assertThat(item.getPublishedAt()).isEqualTo(LAST_WEEK);
            assertThat(item.getWithdrawalNote()).isEqualTo("A new note.");

            item.change(new PublishingChange.Save(YESTERDAY, "A new note."), NOW);
            assertThat(item.getPublishedAt()).isEqualTo(YESTERDAY);
        }

        @Test
        void dropsItsNoteWhenPublishedAgainOrReturnedToDraft() {
            NewsItem republished = withdrawn();
            NewsItem toDraft = withdrawn();

            republished.change(new PublishingChange.Publish(null), NOW);
            toDraft.change(new PublishingChange.ReturnToDraft(null), NOW);

            assertThat(republished.getStatus()).isEqualTo(NewsStatus.PUBLISHED);
            assertThat(republished.isVisibleAt(NOW)).isTrue();
            assertThat(toDraft.getStatus()).isEqualTo(NewsStatus.DRAFT);
            assertThat(toDraft.hasBeenPublicAt(NOW)).isTrue();
            assertThat(republished.getWithdrawalNote()).isNull();
            assertThat(toDraft.getWithdrawalNote()).isNull();
        }

        @Test
        void isScheduledToComeBackLater() {
            NewsItem item = withdrawn();
            item.change(new PublishingChange.Schedule(TOMORROW), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.PUBLISHED);
            assertThat(item.isVisibleAt(NOW)).isFalse();
            assertThat(item.isVisibleAt(TOMORROW)).isTrue();
        }
    }

    @Nested
    class ARecordedState {

        @Test
        void isTakenAsItWasWithoutTheEditorsRules() {
            NewsItem item = unsaved();
            item.change(new PublishingChange.Restore(NewsStatus.WITHDRAWN, TOMORROW, "Kept."), NOW);
            assertThat(item.getStatus()).isEqualTo(NewsStatus.WITHDRAWN);
            assertThat(item.getPublishedAt()).isEqualTo(TOMORROW);
            assertThat(item.getWithdrawalNote()).isEqualTo("Kept.");
        }

        @Test
        void keepsANoteOnlyWhenWithdrawn() {
            NewsItem item = withdrawn();
            item.change(new PublishingChange.Restore(NewsStatus.DRAFT, null, "Dropped."), NOW);
            assertThat(item.getWithdrawalNote()).isNull();
        }

        @Test
        void recordsTheFirstPublicationWhenItIsLive() {
            NewsItem item = unsaved();
            item.change(new PublishingChange.Restore(NewsStatus.PUBLISHED, YESTERDAY, null), NOW);
            assertThat(item.getFirstPublishedAt()).isEqualTo(YESTERDAY);
        }

        @Test
        void isNeverPublishedWithoutAnInstant() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new PublishingChange.Restore(NewsStatus.PUBLISHED, null, null));
        }
    }
}
