package org.newsdesk.freshness;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.util.DigestUtils;

/**
 * The state of everything the public site shows, at one instant. Two requests that see the same
 * content version get the same page, feed or sitemap for the same URL, so the version is what
 * HTTP validators and caches are keyed on.
 *
 * @param number the database's count of content changes (a trigger bumps it on every write)
 * @param latestPublication the publication instant of the newest visible item, or null: it moves
 *                          when a scheduled item becomes visible, without any write
 * @param lastModified when this process first saw this state (or the instant the newest item
 *                     became visible), for {@code Last-Modified}; exact to the second at best
 * @param nextPublication when the next scheduled item becomes visible, or null when none is scheduled
 * @param deployment what identifies this run of the application: new templates or code must not
 *                   be hidden behind validators handed out by an older one
 */
public record ContentVersion(long number, Instant latestPublication, Instant lastModified, Instant nextPublication,
                             String deployment) {

    /**
     * The request attribute under which a public GET carries the version its response was
     * rendered at (set before the controller runs, so the response shows that version or a newer one).
     */
    public static final String RENDERED = ContentVersion.class.getName() + ".RENDERED";

    /** A weak entity tag for one resource (path and query) in this state; weak, because compression may re-encode it. */
    public String etag(String resource) {
        String key = deployment + '|' + number + '|' + latestPublication + '|' + resource;
        return "W/\"" + DigestUtils.md5DigestAsHex(key.getBytes(StandardCharsets.UTF_8)) + '"';
    }
}
