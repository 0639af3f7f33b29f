package org.newsdesk.pings;

/** Where a notification goes. */
public enum Channel {
    /** The configured WebSub hubs: each changed feed's URL, as a {@code hub.mode=publish} ping. */
    WEBSUB,
    /** The configured IndexNow endpoint: the changed pages' URLs, in one batch. */
    INDEXNOW
}
