/**
 * Telling crawlers at once that public content changed: WebSub hubs (for every feed that changed)
 * and IndexNow (the changed pages), after the change committed, from one app instance only, with
 * retries. Hears the {@code news} module's events and, for scheduled items, the content version's
 * next publication instant ({@code freshness}).
 */
package org.newsdesk.pings;
