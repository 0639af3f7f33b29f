package org.newsdesk.pings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsdesk.freshness.ContentVersions;
import org.newsdesk.pings.CrawlerEndpoints.DeliveryFailedException;
import org.newsdesk.pings.NotificationQueue.Claimed;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends due notifications on a thread of its own, so that no editor or reader ever waits for a
 * crawler's server. It runs when a change commits, at the instant the next pending notification
 * is due (a retry, or a scheduled item's publication), at the content version's next publication
 * instant (so that an instance that did not write the scheduled item is on time too), and at
 * least every {@link PingProperties#sweep()} (another instance's notifications, or one whose
 * sender stopped half-way).
 *
 * <p>Each run claims what is due in the database ({@link NotificationQueue#claim}), so that of
 * several instances on one database exactly one sends each notification; what is claimed
 * together goes out as one batch. A failure is retried with doubling waits, and logged once per
 * streak of failures of that channel, not once per attempt.
 */
@Component
class CrawlerNotifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CrawlerNotifier.class);
    /** Long enough for any attempt (its timeouts are shorter): nobody else takes a claimed row meanwhile. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 500;
    static final Duration KEEP = Duration.ofDays(30);

    private final NotificationQueue queue;
    private final CrawlerEndpoints endpoints;
    private final PingProperties properties;
    private final ContentVersions versions;
    private final Clock clock;
    private final Map<Channel, AtomicBoolean> failing = new EnumMap<>(Channel.class);
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> next;

    CrawlerNotifier(NotificationQueue queue, CrawlerEndpoints endpoints, PingProperties properties,
                    ContentVersions versions, Clock clock) {
        this.queue = queue;
        this.endpoints = endpoints;
        this.properties = properties;
        this.versions = versions;
        this.clock = clock;
        for (Channel channel : Channel.values()) {
            failing.put(channel, new AtomicBoolean());
        }
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "crawler-notifier");
            thread.setDaemon(true);
            return thread;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        wake();
    }

    /** Sends what is due soon, on the notifier's thread. */
    void wake() {
        if (properties.anyEnabled() && !executor.isShutdown()) {
            executor.execute(this::run);
        }
    }

    private void run() {
        try {
            deliverDue();
        }
        catch (RuntimeException e) {
            // The database may be away for a moment: the next sweep tries again.
            log.warn("Could not send crawler notifications: {}", e.toString());
        }
        planNextRun();
    }

    /** Sends every notification due now that no other instance is sending; returns when done. */
    void deliverDue() {
        for (Channel channel : Channel.values()) {
            if (properties.enabled(channel)) {
                deliverDue(channel);
            }
        }
        queue.forgetBefore(clock.instant().minus(KEEP));
    }

    private void deliverDue(Channel channel) {
        while (true) {
            Instant now = clock.instant();
            List<Claimed> claimed = queue.claim(channel, now, now.plus(LEASE), BATCH);
            if (claimed.isEmpty()) {
                return;
            }
            LinkedHashSet<String> urls = new LinkedHashSet<>();
            claimed.forEach(notification -> urls.addAll(notification.urls()));
            try {
                String result = null;
                List<String> all = List.copyOf(urls);
                for (int from = 0; from < all.size(); from += CrawlerEndpoints.INDEXNOW_MAX_URLS) {
                    result = endpoints.send(channel, all.subList(from, Math.min(all.size(), from + CrawlerEndpoints.INDEXNOW_MAX_URLS)));
                }
                queue.delivered(claimed.stream().map(Claimed::id).toList(), result);
                if (failing.get(channel).getAndSet(false)) {
                    log.info("{} notifications are delivered again ({})", channel, result);
                }
            }
            catch (DeliveryFailedException e) {
                for (Claimed notification : claimed) {
                    boolean again = notification.attempts() < properties.maxAttempts();
                    queue.failed(notification.id(), e.getMessage(),
                            again ? clock.instant().plus(properties.backOff(notification.attempts())) : null);
                }
                if (!failing.get(channel).getAndSet(true)) {
                    log.warn("{} notification failed: {}. Retrying with back-off; logged again only once it works.",
                            channel, e.getMessage());
                }
                return;
            }
        }
    }

    /** Runs again when something is due: a pending notification, the next publication, or the sweep. */
    private synchronized void planNextRun() {
        Instant now = clock.instant();
        Instant at = now.plus(properties.sweep());
        try {
            Instant due = queue.nextDue();
            Instant publication = versions.current().nextPublication();
            at = earliest(earliest(at, due), publication);
        }
        catch (RuntimeException e) {
            log.debug("Could not plan the next crawler notifications; sweeping later", e);
        }
        if (next != null) {
            next.cancel(false);
        }
        if (!executor.isShutdown()) {
            // Something due already (left by a run that could not reach the database) waits a second, not a busy loop.
            long delay = at.isAfter(now) ? Duration.between(now, at).toMillis() : 1000;
            next = executor.schedule(this::run, delay, TimeUnit.MILLISECONDS);
        }
    }

    private static Instant earliest(Instant one, Instant other) {
        return other == null || one.isBefore(other) ? one : other;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
