package org.newsdesk.media;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue of pictures whose variants are still to make ({@code picture_jobs}): a row is claimed
 * with {@code FOR UPDATE SKIP LOCKED} and then held by a lease ({@link #LEASE}), so that of
 * several instances on one database exactly one makes a picture's variants, and one that dies
 * half-way leaves the picture to the others once its lease has run out.
 *
 * <p>Leases are reckoned by the database's clock, not the instances' (nor the site's {@link java.time.Clock},
 * which tests move): instances whose clocks disagree, or one whose clock jumps, still agree on
 * when a lease has run out. A lease's end, as the database stored it, is also the claim's token.
 */
@Component
record PictureJobs(JdbcClient jdbc, TransactionTemplate transactions) {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 5;

    /** A picture claimed by this instance until {@code until}. */
    record Claim(long pictureId, String hash, int focalX, int focalY, Instant until) {

        String focalCode() {
            return PictureView.focalCode(focalX, focalY);
        }
    }

    /** The oldest waiting picture nobody holds, now held by this instance; empty when there is none. */
    Optional<Claim> claim() {
        return transactions.execute(status -> jdbc.sql("""
                update picture_jobs j set claimed_until = clock_timestamp() + make_interval(secs => ?), attempts = j.attempts + 1
                from pictures p
                where p.id = j.picture_id and j.picture_id = (
                    select picture_id from picture_jobs
                    where (claimed_until is null or claimed_until < clock_timestamp()) and attempts < ?
                    order by created_at, picture_id limit 1
                    for update skip locked)
                returning j.picture_id, p.hash, p.focal_x, p.focal_y, j.claimed_until
                """)
                .params(LEASE.toSeconds(), MAX_ATTEMPTS)
                .query((rs, row) -> new Claim(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .optional());
    }

    /**
     * Marks the variants made, if the claim is still this instance's and the picture is still the
     * one claimed (not replaced, same focal point); false otherwise. A picture that changed while
     * its claim was still this instance's is queued again here: the change's own queueing can come
     * too late for the claim (seen in PicturePagesIT: the job gone, the crops never made).
     */
    boolean finish(Claim claim) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int ours = jdbc.sql("delete from picture_jobs where picture_id = ? and claimed_until = ?")
                    .params(claim.pictureId(), Timestamp.from(claim.until())).update();
            if (ours == 0) {
                return false;
            }
            boolean made = jdbc.sql("""
                    update pictures set variants_ready = true, crops_focal = ?
                    where id = ? and hash = ? and focal_x = ? and focal_y = ?
                    """)
                    .params(claim.focalCode(), claim.pictureId(), claim.hash(), claim.focalX(), claim.focalY())
                    .update() == 1;
            if (!made) {
                jdbc.sql("""
                        insert into picture_jobs (picture_id, created_at) select id, clock_timestamp() from pictures where id = ?
                        on conflict (picture_id) do nothing
                        """)
                        .param(claim.pictureId()).update();
            }
            return made;
        }));
    }

    /** Leaves the picture for a later attempt (by any instance), after {@code wait}, noting why. */
    void failed(Claim claim, String error, Duration wait) {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                update picture_jobs set last_error = ?, claimed_until = clock_timestamp() + make_interval(secs => ?)
                where picture_id = ? and claimed_until = ?
                """)
                .params(error.length() <= 500 ? error : error.substring(0, 499) + "…", wait.toSeconds(),
                        claim.pictureId(), Timestamp.from(claim.until()))
                .update());
    }

    /**
     * Gives a claim back unfinished (this instance is stopping): any instance may take the picture
     * at once rather than when the lease runs out, and the attempt does not count against it.
     */
    void release(Claim claim) {
        jdbc.sql("""
                update picture_jobs set claimed_until = null, attempts = greatest(attempts - 1, 0)
                where picture_id = ? and claimed_until = ?
                """)
                .params(claim.pictureId(), Timestamp.from(claim.until()))
                .update();
    }
}
