package org.newsdesk.pings;

import java.time.OffsetDateTime;

/**
 * The latest attempt to notify one channel, for the editors' dashboard.
 *
 * @param attemptedAt when, in the site's time zone
 * @param status {@code DELIVERED}, {@code PENDING} (failed, to be tried again) or {@code FAILED} (given up)
 * @param result what the endpoint answered (an HTTP status) or why it could not be reached
 * @param urls how many URLs it carried
 */
public record LastDelivery(Channel channel, String status, OffsetDateTime attemptedAt, String result, int attempts, int urls) {

    public boolean delivered() {
        return "DELIVERED".equals(status);
    }
}
