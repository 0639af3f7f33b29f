package org.newsdesk.feeds;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.IntegrationTest;
import org.newsdesk.StatementLog;
import org.newsdesk.news.NewsItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** RSS, Atom and JSON Feed, parsed as feed readers parse them: ROME for the XML feeds, Jackson for JSON Feed. */
class FeedsIT extends IntegrationTest {

    static final String BASE = "https://news.example.org";
    static final String BODY = "<p>Officials from <em>five</em> countries &amp; agencies met.</p>";

    @Autowired
    JsonMapper json;

    @Autowired
    StatementLog statements;

    NewsItem withBody;

    @Test
    void rssCarriesTheNewestVisibleItemsWithEveryElement() throws Exception {
        publishNews();

        HttpResponse<String> response = http.get("/feed.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml;charset=UTF-8");
        Channel channel = (Channel) wire(response.body());
        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getTitle()).isEqualTo("Test News");
        assertThat(channel.getLink()).isEqualTo(BASE + "/");
        assertThat(channel.getDescription()).isNotBlank();
        assertThat(channel.getLanguage()).isEqualTo("en");
        assertThat(channel.getLastBuildDate().toInstant()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
        assertThat(selfLink(channel.getForeignMarkup())).isEqualTo(BASE + "/feed.xml");

        List<Item> items = channel.getItems();
        assertThat(items).hasSize(20);
        assertThat(items.get(0).getTitle()).isEqualTo("Summit on migration");
        assertThat(items.get(1).getTitle()).isEqualTo("Item number 24");
        assertThat(items).extracting(Item::getTitle).doesNotContain("Draft", "Scheduled", "Withdrawn", "Item number 5");

        Item first = items.get(0);
        assertThat(first.getLink()).isEqualTo(BASE + "/news/summit-on-migration");
        assertThat(first.getGuid().isPermaLink()).isFalse();
        assertThat(first.getGuid().getValue()).isEqualTo("tag:news.example.org,2020-01-01:news/" + withBody.getId());
        assertThat(first.getPubDate().toInstant()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(first.getDescription().getValue()).isEqualTo("Summary of Summit on migration.");
        assertThat(first.getContent().getValue()).isEqualTo(BODY);
        assertThat(first.getCategories()).extracting(Category::getValue).containsExactly("Mexico", "Repatriation");
        assertThat(first.getCategories()).extracting(Category::getDomain)
                .containsExactly(BASE + "/tags/mexico", BASE + "/tags/repatriation");
        Element updated = first.getForeignMarkup().stream().filter(e -> e.getName().equals("updated")).findFirst().orElseThrow();
        assertThat(OffsetDateTime.parse(updated.getText()).toInstant()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
        // An item without a body has no content, only its summary.
        assertThat(items.get(1).getContent()).isNull();
    }

    @Test
    void atomCarriesTheSameItemsWithEveryRequiredElement() throws Exception {
        publishNews();

        HttpResponse<String> response = http.get("/atom.xml");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        Feed feed = (Feed) wire(response.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo(BASE + "/atom.xml");
        assertThat(feed.getTitle()).isEqualTo("Test News");
        assertThat(feed.getUpdated().toInstant()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref).containsExactly(BASE + "/");
        assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("self", BASE + "/atom.xml"));
        assertThat(feed.getAuthors()).hasSize(1);
        assertThat(feed.getAuthors().get(0).getName()).isEqualTo("Test News");
        assertThat(feed.getLogo()).isEqualTo(BASE + "/img/logo.png");

        List<Entry> entries = feed.getEntries();
        assertThat(entries).hasSize(20);
        Entry first = entries.get(0);
        assertThat(first.getId()).isEqualTo("tag:news.example.org,2020-01-01:news/" + withBody.getId());
        assertThat(first.getTitle()).isEqualTo("Summit on migration");
        assertThat(first.getAlternateLinks()).extracting(Link::getHref).containsExactly(BASE + "/news/summit-on-migration");
        assertThat(first.getPublished().toInstant()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(first.getUpdated().toInstant()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
        assertThat(first.getSummary().getValue()).isEqualTo("Summary of Summit on migration.");
        assertThat(first.getContents()).hasSize(1);
        assertThat(first.getContents().get(0).getType()).isEqualTo("html");
        assertThat(first.getContents().get(0).getValue()).isEqualTo(BODY);
        assertThat(first.getCategories()).extracting(com.rometools.rome.feed.atom.Category::getTerm)
                .containsExactly("Mexico", "Repatriation");
        // Published and updated are the same instant when an item was not edited after it appeared.
        assertThat(entries.get(1).getUpdated()).isEqualTo(entries.get(1).getPublished());
    }

    @Test
    void jsonFeedCarriesTheSameItems() {
        publishNews();

        HttpResponse<String> response = http.get("/feed.json");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/feed+json;charset=UTF-8");
        JsonNode feed = json.readTree(response.body());
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asString()).isEqualTo("Test News");
        assertThat(feed.get("home_page_url").asString()).isEqualTo(BASE + "/");
        assertThat(feed.get("feed_url").asString()).isEqualTo(BASE + "/feed.json");
        assertThat(feed.get("language").asString()).isEqualTo("en");
        assertThat(feed.get("authors").get(0).get("name").asString()).isEqualTo("Test News");
        assertThat(feed.get("icon").asString()).isEqualTo(BASE + "/img/logo.png");

        JsonNode items = feed.get("items");
        assertThat(items.size()).isEqualTo(20);
        JsonNode first = items.get(0);
        assertThat(first.get("id").asString()).isEqualTo("tag:news.example.org,2020-01-01:news/" + withBody.getId());
        assertThat(first.get("url").asString()).isEqualTo(BASE + "/news/summit-on-migration");
        assertThat(first.get("title").asString()).isEqualTo("Summit on migration");
        assertThat(first.get("content_html").asString()).isEqualTo(BODY);
        assertThat(first.has("content_text")).isFalse();
        assertThat(first.get("summary").asString()).isEqualTo("Summary of Summit on migration.");
        assertThat(OffsetDateTime.parse(first.get("date_published").asString()).toInstant()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(first.get("date_published").asString()).isEqualTo("2026-06-15T05:00:00-06:00");
        assertThat(OffsetDateTime.parse(first.get("date_modified").asString()).toInstant()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
        assertThat(first.get("tags").valueStream().map(JsonNode::asString)).containsExactly("Mexico", "Repatriation");

        JsonNode second = items.get(1);
        assertThat(second.get("content_text").asString()).isEqualTo("Summary of Item number 24.");
        assertThat(second.has("content_html")).isFalse();
        assertThat(second.get("tags").valueStream().map(JsonNode::asString)).containsExactly("Repatriation");
    }

    @Test
    void anItemKeepsItsIdWhenItsSlugChangesAndItsLinkFollows() throws Exception {
        NewsItem item = news.published("Original title", NOW.minus(Duration.ofHours(1)));
        String before = ((Channel) wire(http.get("/feed.xml").body())).getItems().get(0).getGuid().getValue();

        news.renameSlug(item, "a-better-name");
        news.write("update news_items set title = 'A better name', published_at = ? where id = ?",
                Timestamp.from(NOW.minus(Duration.ofHours(2))), item.getId());

        Item renamed = ((Channel) wire(http.get("/feed.xml").body())).getItems().get(0);
        assertThat(renamed.getGuid().getValue()).isEqualTo(before);
        assertThat(renamed.getLink()).isEqualTo(BASE + "/news/a-better-name");
        Entry entry = ((Feed) wire(http.get("/atom.xml").body())).getEntries().get(0);
        assertThat(entry.getId()).isEqualTo(before);
        assertThat(json.readTree(http.get("/feed.json").body()).get("items").get(0).get("id").asString()).isEqualTo(before);
    }

    @Test
    void aScheduledItemJoinsTheFeedsWhenItBecomesVisible() throws Exception {
        news.published("Visible", NOW.minus(Duration.ofHours(1)), "Repatriation");
        news.published("Scheduled", NOW.plus(Duration.ofMinutes(5)), "Repatriation");

        assertThat(titles(http.get("/feed.xml").body())).containsExactly("Visible");
        assertThat(titles(http.get("/tags/repatriation/atom.xml").body())).containsExactly("Visible");

        clock.advance(Duration.ofMinutes(5));
        assertThat(titles(http.get("/feed.xml").body())).containsExactly("Scheduled", "Visible");
        assertThat(titles(http.get("/tags/repatriation/atom.xml").body())).containsExactly("Scheduled", "Visible");
    }

    @Test
    void aTopicHasItsOwnRssAndAtomFeeds() throws Exception {
        news.published("About repatriation", NOW.minus(Duration.ofHours(2)), "Repatriation");
        news.published("About something else", NOW.minus(Duration.ofHours(1)), "Mexico");
        news.draft("Draft about repatriation", "Repatriation");

        Channel rss = (Channel) wire(http.get("/tags/repatriation/feed.xml").body());
        assertThat(rss.getTitle()).isEqualTo("Repatriation — Test News");
        assertThat(rss.getLink()).isEqualTo(BASE + "/tags/repatriation");
        assertThat(rss.getDescription()).isEqualTo("News items about Repatriation.");
        assertThat(selfLink(rss.getForeignMarkup())).isEqualTo(BASE + "/tags/repatriation/feed.xml");
        assertThat(rss.getItems()).extracting(Item::getTitle).containsExactly("About repatriation");

        Feed atom = (Feed) wire(http.get("/tags/repatriation/atom.xml").body());
        assertThat(atom.getId()).isEqualTo(BASE + "/tags/repatriation/atom.xml");
        assertThat(atom.getTitle()).isEqualTo("Repatriation — Test News");
        assertThat(atom.getAlternateLinks()).extracting(Link::getHref).containsExactly(BASE + "/tags/repatriation");
        assertThat(atom.getEntries()).extracting(Entry::getTitle).containsExactly("About repatriation");
    }

    @Test
    void aTopicWithNothingVisibleHasAnEmptyButValidFeed() throws Exception {
        news.draft("Draft", "Panama");

        Feed atom = (Feed) wire(http.get("/tags/panama/atom.xml").body());

        assertThat(atom.getEntries()).isEmpty();
        assertThat(atom.getUpdated()).isNotNull();
        assertThat(((Channel) wire(http.get("/tags/panama/feed.xml").body())).getItems()).isEmpty();
        assertThat(((Channel) wire(http.get("/feed.xml").body())).getItems()).isEmpty();
        assertThat(json.readTree(http.get("/feed.json").body()).get("items").size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tags/no-such-tag/feed.xml", "/tags/no-such-tag/atom.xml", "/tags/not_valid/feed.xml",
            "/tags/repatriation/feed.json"})
    void unknownTopicFeedsAreNotFound(String path) {
        news.published("One", NOW.minus(Duration.ofHours(1)), "Repatriation");

        assertThat(http.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void hostileAndOddTitlesComeOutIntact() throws Exception {
        String hostile = "</title><script>alert(\"x\")</script> & ‘Ünïcödé’ 🙂 ]]>";
        news.published(hostile, NOW.minus(Duration.ofHours(2)), "<b>Tag</b>");
        // A control character an editor pasted in unseen: XML cannot carry it, so it is left out.
        news.published("Bell\u0007 in the title", NOW.minus(Duration.ofHours(1)));

        for (String path : List.of("/feed.xml", "/atom.xml")) {
            assertThat(titles(http.get(path).body())).as(path).containsExactly("Bell in the title", hostile);
        }
        JsonNode items = json.readTree(http.get("/feed.json").body()).get("items");
        assertThat(items.get(1).get("title").asString()).isEqualTo(hostile);
        assertThat(items.get(1).get("tags").get(0).asString()).isEqualTo("<b>Tag</b>");
    }

    @Test
    void everyFeedParsesAsAFeed() throws Exception {
        publishNews();
        for (String path : List.of("/feed.xml", "/atom.xml", "/tags/repatriation/feed.xml", "/tags/repatriation/atom.xml")) {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(http.get(path).body()));
            assertThat(feed.getEntries()).as(path).isNotEmpty();
            assertThat(feed.getEntries()).as(path).allSatisfy(entry -> {
                assertThat(entry.getTitle()).isNotBlank();
                assertThat(entry.getLink()).startsWith(BASE + "/news/");
                assertThat(entry.getUri()).startsWith("tag:news.example.org,");
                assertThat(entry.getPublishedDate()).isNotNull();
            });
        }
    }

    @Test
    void aFeedCostsAFixedNumberOfStatementsWhateverItCarries() {
        news.published("One", NOW.minus(Duration.ofDays(3)), "Repatriation");
        long few = statementsFor("/feed.xml");
        long fewTopic = statementsFor("/tags/repatriation/feed.xml");

        publishNews();

        // The items with their bodies, and which tags all of them have; the first feed after a change
        // also reads the topics' names (Topics.vocabulary), once per content version, for every page.
        assertThat(few).isEqualTo(2 + 1);
        assertThat(statementsFor("/feed.xml")).isEqualTo(2 + 1);
        assertThat(statementsFor("/atom.xml")).isEqualTo(2);
        assertThat(statementsFor("/feed.json")).isEqualTo(2);
        // A topic is found by its slug among the topics known for this version.
        assertThat(statementsFor("/tags/repatriation/atom.xml")).isEqualTo(2);
        assertThat(fewTopic).isEqualTo(2);
    }

    /**
     * 25 visible items with tags (the newest with a body, edited after it appeared) and a draft,
     * a scheduled and a withdrawn item.
     */
    private void publishNews() {
        news.publishedSeries(24, NOW.minus(Duration.ofHours(2)), "Repatriation");
        withBody = news.withBody("Summit on migration", NOW.minus(Duration.ofHours(1)), "Officials met.", BODY);
        news.write("insert into news_item_tags (news_item_id, tag_id) select ?, id from tags where slug = 'repatriation'",
                withBody.getId());
        news.published("Tagged Mexico", NOW.minus(Duration.ofDays(400)), "Mexico");
        news.write("insert into news_item_tags (news_item_id, tag_id) select ?, id from tags where slug = 'mexico'",
                withBody.getId());
        news.write("update news_items set updated_at = ? where id = ?",
                Timestamp.from(NOW.minus(Duration.ofMinutes(30))), withBody.getId());
        news.draft("Draft", "Repatriation");
        news.published("Scheduled", NOW.plus(Duration.ofDays(1)), "Repatriation");
        news.withdrawn("Withdrawn", NOW.minus(Duration.ofMinutes(10)), null, "Repatriation");
    }

    private List<String> titles(String body) throws Exception {
        WireFeed feed = wire(body);
        if (feed instanceof Channel channel) {
            return channel.getItems().stream().map(Item::getTitle).toList();
        }
        return ((Feed) feed).getEntries().stream().map(Entry::getTitle).toList();
    }

    /** The statements the feed ran, apart from the content version check (see {@link StatementLog#reads()}). */
    private long statementsFor(String path) {
        statements.clear();
        assertThat(http.get(path).statusCode()).isEqualTo(200);
        return statements.reads().size();
    }

    private static String selfLink(List<Element> foreignMarkup) {
        return foreignMarkup.stream()
                .filter(element -> element.getName().equals("link") && "self".equals(element.getAttributeValue("rel")))
                .map(element -> element.getAttributeValue("href"))
                .findFirst().orElseThrow();
    }

    private static WireFeed wire(String body) throws Exception {
        return new WireFeedInput().build(new StringReader(body));
    }
}
