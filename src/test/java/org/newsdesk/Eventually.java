package org.newsdesk;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;

/** Waiting for what another thread or instance does: the one polling helper of the tests. */
public final class Eventually {

    /** Short, so that a test measuring how soon a change is noticed measures the site, not the poll. */
    private static final Duration POLL = Duration.ofMillis(10);

    private Eventually() {
    }

    /** Returns as soon as the condition holds; fails once the deadline has passed without it. */
    public static void within(Duration deadline, BooleanSupplier condition) {
        Awaitility.await().atMost(deadline).pollDelay(Duration.ZERO).pollInterval(POLL)
                .until(condition::getAsBoolean);
    }
}
