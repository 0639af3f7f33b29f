package org.newsdesk.media;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes each picture's variants once, in the background, whichever instance gets there first
 * ({@link PictureJobs}): the editor never waits for them, and pages use the fallback JPEG made at
 * upload until they exist. Runs when an upload commits, at start and every
 * {@link MediaProperties#sweep()} (another instance's pictures, or those of one that stopped).
 */
@Component
class PictureVariants implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PictureVariants.class);

    /** How long a picture whose variants could not be made waits before this instance tries again. */
    static final Duration RETRY = Duration.ofSeconds(20);

    private final PictureJobs jobs;
    private final VariantMaker maker;
    private final Duration sweep;
    /** The picture this instance is making now, given back if it stops half-way. */
    private volatile PictureJobs.Claim making;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "picture-variants");
        thread.setDaemon(true);
        return thread;
    });

    PictureVariants(PictureJobs jobs, VariantMaker maker, MediaProperties properties) {
        this.jobs = jobs;
        this.maker = maker;
        this.sweep = properties.sweep();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        background.scheduleWithFixedDelay(this::makeWaitingNow, 0, sweep.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Makes what is waiting soon, on the background thread. */
    void wake() {
        if (!background.isShutdown()) {
            background.execute(this::makeWaitingNow);
        }
    }

    private void makeWaitingNow() {
        try {
            makeWaiting();
        }
        catch (RuntimeException e) {
            log.warn("Could not make picture variants now; trying again in {}: {}", RETRY, e.toString());
            retrySoon();
        }
    }

    /** Runs the worker again after {@link #RETRY}, whenever the next sweep is (a lost connection or a deadlock is brief). */
    private void retrySoon() {
        if (!background.isShutdown()) {
            background.schedule(this::makeWaitingNow, RETRY.toMillis() + 500, TimeUnit.MILLISECONDS);
        }
    }

    /** Makes the variants of every waiting picture that no other instance is making; returns how many pictures. */
    int makeWaiting() {
        int made = 0;
        for (Optional<PictureJobs.Claim> claim = jobs.claim(); claim.isPresent(); claim = jobs.claim()) {
            if (make(claim.get())) {
                made++;
            }
        }
        return made;
    }

    private boolean make(PictureJobs.Claim claim) {
        making = claim;
        try {
            maker.make(claim);
            if (!jobs.finish(claim)) {
                return false;
            }
            maker.forgetOldCrops(claim);
            return true;
        }
        catch (RuntimeException e) {
            log.warn("Could not make the variants of picture {}: {}", claim.pictureId(), e.toString());
            jobs.failed(claim, e.toString(), RETRY);
            retrySoon();
            return false;
        }
        finally {
            making = null;
        }
    }

    /**
     * Stops making variants and gives back the picture being made, so that another instance takes
     * it on its next sweep instead of when the lease runs out (a rolling restart stops every
     * instance in turn). Should the work still finish, its claim no longer matches and it is dropped.
     */
    @Override
    public void destroy() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(2, TimeUnit.SECONDS);
        PictureJobs.Claim unfinished = making;
        if (unfinished != null) {
            try {
                jobs.release(unfinished);
            }
            catch (RuntimeException e) {
                log.warn("Could not give back picture {} on stopping; another instance takes it when its lease ends: {}",
                        unfinished.pictureId(), e.toString());
            }
        }
    }
}
