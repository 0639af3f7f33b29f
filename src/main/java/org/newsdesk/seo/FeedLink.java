package org.newsdesk.seo;

/**
 * A feed a page points feed readers to ({@code <link rel="alternate">} in its head).
 *
 * @param title what the feed is about: the site's name, or a topic's
 * @param rssPath the RSS 2.0 feed's path
 * @param atomPath the Atom feed's path
 * @param jsonPath the JSON Feed's path, or null when there is none
 */
public record FeedLink(String title, String rssPath, String atomPath, String jsonPath) {

    /** The feeds of one topic, which live below its page: {@code /tags/{slug}/feed.xml} and {@code /atom.xml}. */
    public static FeedLink ofTopic(String name, String topicPath) {
        return new FeedLink(name, topicPath + "/feed.xml", topicPath + "/atom.xml", null);
    }
}
