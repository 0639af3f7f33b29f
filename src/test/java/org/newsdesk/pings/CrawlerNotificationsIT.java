package org.newsdesk.pings;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.Eventually;
import org.newsdesk.AdminClient;
import org.newsdesk.Http;
import org.newsdesk.NewsdeskApplication;
import org.newsdesk.TestDatabase;
import org.newsdesk.news.EditAction;
import org.newsdesk.news.SavedItem;
import org.newsdesk.news.ItemSnapshot;
import org.newsdesk.news.ItemSnapshots;
import org.newsdesk.news.NewsEditor;
import org.newsdesk.news.TypedItem;
import org.newsdesk.site.Language;
import org.newsdesk.news.NewsStatus;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebSub and IndexNow as the receiving servers see them: two app instances on one database (as
 * behind a load balancer, on the real clock), both configured to notify a recording HTTP server
 * started here. Each change is announced once, after it committed, whichever instance runs; a
 * scheduled item at its publication instant; a dead endpoint is retried without bothering anyone.
 */
class CrawlerNotificationsIT {

    static final String BASE = "https://news.example.org";
    static final String KEY = "5f2b8c1e9d7a4b3c";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final ZoneId ZONE = ZoneId.of("America/Costa_Rica");

    static RecordingEndpoint endpoint;
    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;

    NewsEditor editor;
    ListAppender<ILoggingEvent> log;

    @BeforeAll
    static void startEndpointAndTwoInstances() throws IOException {
        endpoint = new RecordingEndpoint();
        one = instance();
        two = instance();
    }

    static ConfigurableApplicationContext instance() {
        JdbcConnectionDetails database = TestDatabase.connection();
        return new SpringApplicationBuilder(NewsdeskApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                "--newsdesk.site.base-url=" + BASE,
                "--newsdesk.site.time-zone=" + ZONE.getId(),
                "--newsdesk.pings.websub-hubs=" + endpoint.url("/hub"),
                "--newsdesk.pings.indexnow-endpoint=" + endpoint.url("/indexnow"),
                "--newsdesk.pings.indexnow-key=" + KEY,
                "--newsdesk.pings.retry-after=1s",
                "--newsdesk.demo-content=false",
                "--newsdesk.admin.email=first-admin@example.org",
                "--newsdesk.admin.password=first admin password",
                "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {one, two}) {
            if (context != null) {
                context.close();
            }
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @BeforeEach
    void setUp() {
        one.getBean(JdbcClient.class).sql("truncate news_items, tags, news_item_tags, news_item_slugs, tag_slugs, "
                + "crawler_notifications restart identity cascade").update();
        endpoint.answer(204);
        endpoint.clear();
        editor = one.getBean(NewsEditor.class);
        log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(CrawlerNotifier.class)).addAppender(log);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(CrawlerNotifier.class)).detachAppender(log);
    }

    @Test
    void publishingPingsTheHubForEveryChangedFeedAndSubmitsTheChangedPagesOnce() {
        SavedItem item = publish("Shelter opens in Tapachula", "Border management", "Repatriation");

        awaitRequests(8);
        bothInstancesDeliverWhatIsDue();

        assertThat(endpoint.hubTopics()).containsExactlyInAnyOrder(feedsOf("border-management", "repatriation"));
        List<RecordingEndpoint.Request> submissions = endpoint.requests("/indexnow");
        assertThat(submissions).hasSize(1);
        assertThat(submissions.get(0).contentType()).startsWith("application/json");
        JsonNode submission = one.getBean(JsonMapper.class).readTree(submissions.get(0).body());
        assertThat(submission.get("host").asString()).isEqualTo("news.example.org");
        assertThat(submission.get("key").asString()).isEqualTo(KEY);
        assertThat(submission.get("keyLocation").asString()).isEqualTo(BASE + "/" + KEY + ".txt");
        assertThat(submission.get("urlList").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder(BASE + "/news/shelter-opens-in-tapachula", BASE + "/",
                        BASE + "/tags/border-management", BASE + "/tags/repatriation", BASE + archiveMonth(item.publishedAt()));
        assertThat(endpoint.requests("/hub")).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
        });
    }

    @Test
    void importingAVisibleItemAnnouncesItAndImportingADraftAnnouncesNothing() {
        ItemSnapshots snapshots = one.getBean(ItemSnapshots.class);
        Instant published = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        snapshots.put(snapshot("imported-draft", "An imported draft", NewsStatus.DRAFT, null), "importer@example.org");
        snapshots.put(snapshot("imported-return-flights", "Imported return flights", NewsStatus.PUBLISHED, published),
                "importer@example.org");

        awaitRequests(6); // five feeds pinged, one IndexNow submission
        bothInstancesDeliverWhatIsDue();

        assertThat(endpoint.hubTopics()).containsExactlyInAnyOrder(feedsOf("repatriation"));
        List<RecordingEndpoint.Request> submissions = endpoint.requests("/indexnow");
        assertThat(submissions).hasSize(1);
        JsonNode submission = one.getBean(JsonMapper.class).readTree(submissions.get(0).body());
        assertThat(submission.get("urlList").valueStream().map(JsonNode::asString).toList())
                .contains(BASE + "/news/imported-return-flights", BASE + "/tags/repatriation")
                .noneMatch(url -> url.contains("imported-draft"));
    }

    private static ItemSnapshot snapshot(String slug, String title, NewsStatus status, Instant publishedAt) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        return new ItemSnapshot(slug, title, "A summary of " + title + ".", "", status, publishedAt, publishedAt, null,
                List.of(new ItemSnapshot.SnapshotTag("Repatriation", null)), List.of(),
                created, "importer@example.org", created, "importer@example.org", null, null);
    }

    /**
     * A Spanish item is announced at its Spanish addresses (issue 14); linking and unlinking a
     * translation changes both items' pages (language switch, alternates): both are announced.
     */
    @Test
    void aSpanishItemIsAnnouncedInSpanishAndLinkingOrUnlinkingATranslationAnnouncesBothItems() {
        SavedItem english = publish("Returns resume", "Repatriation");
        awaitRequests(6);
        bothInstancesDeliverWhatIsDue();
        endpoint.clear();

        // The topic's Spanish page is at its Spanish slug, not at the English one (which answers 301 there).
        one.getBean(JdbcClient.class).sql("insert into tag_translations (tag_id, language, name, slug)"
                + " select id, 'es', 'Repatriación', 'repatriacion' from tags where name = 'Repatriation'").update();
        SavedItem spanish = editor.create(new TypedItem("Se reanudan los retornos", "Un resumen.", "", List.of("Repatriation"),
                null, null, null, null, null, Language.ES), EditAction.PUBLISH, "editor@example.org");
        awaitRequests(6);
        bothInstancesDeliverWhatIsDue();
        assertThat(endpoint.hubTopics()).containsExactlyInAnyOrder(BASE + "/es/feed.xml", BASE + "/es/atom.xml",
                BASE + "/es/feed.json", BASE + "/es/temas/repatriacion/feed.xml", BASE + "/es/temas/repatriacion/atom.xml");
        assertThat(urlsSubmitted()).containsExactlyInAnyOrder(BASE + "/es/noticias/se-reanudan-los-retornos", BASE + "/es",
                BASE + "/es/temas/repatriacion", BASE + archiveMonth(spanish.publishedAt()).replace("/archive/", "/es/archivo/"));
        endpoint.clear();

        // (Notifications due together go out as one batch per channel.)
        List<String> bothPages = List.of(BASE + "/news/returns-resume", BASE + "/es/noticias/se-reanudan-los-retornos");
        assertThat(admin().post("/admin/items/" + english.id() + "/translation/link", "address", spanish.slug()).status())
                .isEqualTo(302);
        Eventually.within(WAIT, () -> allUrlsSubmitted().containsAll(bothPages));
        bothInstancesDeliverWhatIsDue();
        assertThat(endpoint.hubTopics()).contains(BASE + "/feed.xml", BASE + "/es/feed.xml");
        endpoint.clear();

        assertThat(admin().post("/admin/items/" + spanish.id() + "/translation/unlink").status()).isEqualTo(302);
        Eventually.within(WAIT, () -> allUrlsSubmitted().containsAll(bothPages));
        bothInstancesDeliverWhatIsDue();
        assertThat(pending()).isZero();
    }

    @Test
    void editingAndWithdrawingAVisibleItemAnnounceItAgainAndDraftsAnnounceNothing() {
        SavedItem item = publish("Returns resume", "Repatriation");
        awaitRequests(6);
        endpoint.clear();

        SavedItem edited = editor.update(item.id(), item.version(), edit("Returns resume next week", item.publishedAt(),
                "Repatriation"), EditAction.SAVE, "editor@example.org");
        awaitRequests(6);
        bothInstancesDeliverWhatIsDue();
        assertThat(endpoint.hubTopics()).containsExactlyInAnyOrder(feedsOf("repatriation"));
        // A new title made a new slug: the item's current address is submitted.
        assertThat(urlsSubmitted()).contains(BASE + "/news/returns-resume-next-week", BASE + "/tags/repatriation");
        endpoint.clear();

        editor.update(item.id(), edited.version(), edit("Returns resume next week", null, "Repatriation"),
                EditAction.WITHDRAW, "editor@example.org");
        awaitRequests(6);
        bothInstancesDeliverWhatIsDue();
        assertThat(endpoint.hubTopics()).containsExactlyInAnyOrder(feedsOf("repatriation"));
        assertThat(urlsSubmitted()).contains(BASE + "/news/returns-resume-next-week", BASE + "/");
        endpoint.clear();

        editor.create(edit("Just a draft", null, "Repatriation"), EditAction.SAVE, "editor@example.org");
        bothInstancesDeliverWhatIsDue();
        assertThat(endpoint.requests()).isEmpty();
        assertThat(pending()).isZero();
    }

    @Test
    void aScheduledItemIsAnnouncedAtItsPublicationInstantByOneInstance() {
        Instant at = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime local = at.atZone(ZONE);
        editor.create(new TypedItem("Consular fair on Saturday", "A summary.", "", List.of("Consular services"), null,
                local.toLocalDate(), local.toLocalTime(), null), EditAction.SCHEDULE, "editor@example.org");

        bothInstancesDeliverWhatIsDue();
        assertThat(endpoint.requests()).as("nothing before the publication instant").isEmpty();

        awaitRequests(6);
        bothInstancesDeliverWhatIsDue();
        assertThat(endpoint.hubTopics()).containsExactlyInAnyOrder(feedsOf("consular-services"));
        assertThat(endpoint.requests("/indexnow")).hasSize(1);
        assertThat(endpoint.requests()).allSatisfy(request -> assertThat(request.receivedAt()).isAfterOrEqualTo(at));
        // No editor's click: an instance's own timer sent it, within moments of the instant.
        assertThat(endpoint.requests().get(0).receivedAt()).isBefore(at.plusSeconds(15));
    }

    @Test
    void aLaterSaveReplacesAPendingScheduledAnnouncement() {
        Instant at = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime local = at.atZone(ZONE);
        SavedItem scheduled = editor.create(new TypedItem("Fair", "A summary.", "", List.of(), null,
                local.toLocalDate(), local.toLocalTime(), null), EditAction.SCHEDULE, "editor@example.org");
        assertThat(pending()).isEqualTo(2);

        editor.update(scheduled.id(), scheduled.version(), edit("Fair", null), EditAction.RETURN_TO_DRAFT,
                "editor@example.org");

        assertThat(pending()).isZero();
    }

    @Test
    void twoInstancesRacingForTheSameNotificationsSendThemOnce() {
        // Written straight into the queue, as a change would, so that both instances find them due at once.
        NotificationQueue queue = one.getBean(NotificationQueue.class);
        Instant now = Instant.now();
        queue.add(Channel.WEBSUB, null, List.of(BASE + "/feed.xml"), now, now);
        queue.add(Channel.INDEXNOW, null, List.of(BASE + "/"), now, now);

        CompletableFuture.allOf(CompletableFuture.runAsync(() -> one.getBean(CrawlerNotifier.class).deliverDue()),
                CompletableFuture.runAsync(() -> two.getBean(CrawlerNotifier.class).deliverDue())).join();
        bothInstancesDeliverWhatIsDue();

        assertThat(endpoint.hubTopics()).containsExactly(BASE + "/feed.xml");
        assertThat(endpoint.requests("/indexnow")).hasSize(1);
    }

    @Test
    void renamingATopicPingsItsFeedsAtTheNewAddressAndSubmitsBothAddresses() {
        publish("Returns resume", "Repatriation");
        awaitRequests(6);
        endpoint.clear();
        long tagId = one.getBean(JdbcClient.class).sql("select id from tags where slug = 'repatriation'").query(Long.class).single();

        admin().post("/admin/tags/" + tagId, "name", "Returns", "slug", "");

        awaitRequests(6);
        bothInstancesDeliverWhatIsDue();
        assertThat(endpoint.hubTopics()).containsExactlyInAnyOrder(feedsOf("returns"));
        assertThat(urlsSubmitted()).containsExactlyInAnyOrder(BASE + "/tags", BASE + "/tags/returns", BASE + "/tags/repatriation");
    }

    @Test
    void aDeadEndpointLeavesTheSiteWorkingIsRetriedWithBackOffAndLoggedOncePerStreak() {
        endpoint.answer(503);
        SavedItem item = publish("Shelter opens", "Repatriation");

        Http site = http(one);
        assertThat(site.get("/news/shelter-opens").statusCode()).isEqualTo(200);
        Eventually.within(WAIT, () -> attempts(Channel.WEBSUB) >= 2 && attempts(Channel.INDEXNOW) >= 2);
        assertThat(site.get("/").statusCode()).isEqualTo(200);
        assertThat(dashboard().select(".channel-indexnow .delivery-status").text()).startsWith("failed, will try again");
        assertThat(dashboard().select(".channel-indexnow .delivery-result").text()).contains("HTTP 503");

        endpoint.answer(204);
        Eventually.within(WAIT, () -> pending() == 0);

        assertThat(warnings()).as("one warning per channel for the whole streak").hasSize(2);
        assertThat(endpoint.requests("/indexnow")).extracting(RecordingEndpoint.Request::answeredWith).endsWith(204);
        assertThat(dashboard().select(".channel-indexnow .delivery-status").text()).isEqualTo("delivered");
        assertThat(dashboard().select(".channel-websub .delivery-result").text()).isEqualTo("HTTP 204");
        assertThat(item.slug()).isEqualTo("shelter-opens");
    }

    @Test
    void feedsDeclareTheHubAndTheKeyFileIsServed() {
        publish("Shelter opens", "Repatriation");
        Http site = http(one);

        assertThat(xml(site.get("/feed.xml").body()).select("channel > atom|link[rel=hub]").attr("href"))
                .isEqualTo(endpoint.url("/hub"));
        assertThat(xml(site.get("/feed.xml").body()).select("channel > atom|link[rel=self]").attr("href"))
                .isEqualTo(BASE + "/feed.xml");
        assertThat(xml(site.get("/tags/repatriation/atom.xml").body()).select("feed > link[rel=hub]").attr("href"))
                .isEqualTo(endpoint.url("/hub"));
        JsonNode json = one.getBean(JsonMapper.class).readTree(site.get("/feed.json").body());
        assertThat(json.get("hubs").get(0).get("type").asString()).isEqualTo("WebSub");
        assertThat(json.get("hubs").get(0).get("url").asString()).isEqualTo(endpoint.url("/hub"));

        HttpResponse<String> key = site.get("/" + KEY + ".txt");
        assertThat(key.statusCode()).isEqualTo(200);
        assertThat(key.body()).isEqualTo(KEY);
        assertThat(key.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(site.get("/0000000000000000.txt").statusCode()).isEqualTo(404);
    }

    private SavedItem publish(String title, String... tags) {
        return editor.create(edit(title, null, tags), EditAction.PUBLISH, "editor@example.org");
    }

    /** The form as an editor sends it: the publication date and time (to the minute) as shown, or none. */
    private static TypedItem edit(String title, Instant publishedAt, String... tags) {
        ZonedDateTime local = publishedAt == null ? null : publishedAt.atZone(ZONE);
        return new TypedItem(title, "A summary of " + title + ".", "", List.of(tags), null,
                local == null ? null : local.toLocalDate(),
                local == null ? null : local.toLocalTime().truncatedTo(ChronoUnit.MINUTES), null);
    }

    private static String[] feedsOf(String... topics) {
        List<String> feeds = new java.util.ArrayList<>(List.of(BASE + "/feed.xml", BASE + "/atom.xml", BASE + "/feed.json"));
        for (String topic : topics) {
            feeds.add(BASE + "/tags/" + topic + "/feed.xml");
            feeds.add(BASE + "/tags/" + topic + "/atom.xml");
        }
        return feeds.toArray(String[]::new);
    }

    private static String archiveMonth(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        return "/archive/%04d/%02d".formatted(local.getYear(), local.getMonthValue());
    }

    private static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    private List<String> urlsSubmitted() {
        List<RecordingEndpoint.Request> submissions = endpoint.requests("/indexnow");
        assertThat(submissions).hasSize(1);
        return one.getBean(JsonMapper.class).readTree(submissions.get(0).body()).get("urlList").valueStream()
                .map(JsonNode::asString).toList();
    }

    /** Every URL of every IndexNow submission received. */
    private List<String> allUrlsSubmitted() {
        return endpoint.requests("/indexnow").stream()
                .flatMap(request -> one.getBean(JsonMapper.class).readTree(request.body()).get("urlList").valueStream())
                .map(JsonNode::asString).toList();
    }

    /** Both instances look for due notifications now and return when done: anything left would be sent twice here. */
    private static void bothInstancesDeliverWhatIsDue() {
        one.getBean(CrawlerNotifier.class).deliverDue();
        two.getBean(CrawlerNotifier.class).deliverDue();
    }

    private static long pending() {
        return one.getBean(JdbcClient.class).sql("select count(*) from crawler_notifications where status = 'PENDING'")
                .query(Long.class).single();
    }

    private static int attempts(Channel channel) {
        return one.getBean(JdbcClient.class).sql("select coalesce(max(attempts), 0) from crawler_notifications where channel = :channel")
                .param("channel", channel.name()).query(Integer.class).single();
    }

    private List<String> warnings() {
        return log.list.stream().filter(event -> event.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static void awaitRequests(int count) {
        Eventually.within(WAIT, () -> endpoint.requests().size() >= count);
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    private static AdminClient admin() {
        MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.webAppContextSetup((WebApplicationContext) one)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build());
        return new AdminClient(mvc, "editor@example.org");
    }

    private static Document dashboard() {
        return admin().get("/admin").html();
    }
}
