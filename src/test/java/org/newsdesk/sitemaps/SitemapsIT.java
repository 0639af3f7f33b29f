package org.newsdesk.sitemaps;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.extension.Extension;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.IntegrationTest;
import org.newsdesk.freshness.ContentVersions;
import org.newsdesk.news.NewsItem;
import org.newsdesk.news.NewsItemRepository;
import org.newsdesk.news.tags.Topics;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Sitemaps, the news sitemap and robots.txt, parsed as a crawler parses them. */
class SitemapsIT extends IntegrationTest {

    static final String BASE = "https://news.example.org";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    @Autowired
    NewsItemRepository items;

    @Autowired
    SiteProperties site;

    @Autowired
    SiteTime siteTime;

    @Autowired
    ContentVersions versions;

    @Autowired
    Topics topics;

    @Autowired
    org.newsdesk.media.Pictures pictures;

    /** Two items in June, one of them edited on 12 June, and one on the last evening of May (site time). */
    private void juneWithAnEditAndTheLastOfMay() {
        news.published("June", Instant.parse("2026-06-10T16:00:00Z"));
        NewsItem edited = news.published("Edited in June", Instant.parse("2026-06-02T16:00:00Z"));
        setUpdatedAt(edited, Instant.parse("2026-06-12T20:00:00Z"));
        // 1 June 2026 03:00 UTC is still 31 May in Costa Rica.
        news.published("Last of May", Instant.parse("2026-06-01T03:00:00Z"));
    }

    @Test
    void theIndexNamesTheSitemapOfPagesAndOneSitemapPerMonthWithVisibleItems() {
        juneWithAnEditAndTheLastOfMay();
        news.published("2017", Instant.parse("2017-12-04T16:00:00Z"));
        news.draft("Draft");
        news.published("Scheduled", NOW.plus(Duration.ofDays(20)));
        news.withdrawn("Withdrawn in March", Instant.parse("2026-03-01T16:00:00Z"), null);

        HttpResponse<String> response = http.get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        Document index = xml(response.body());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        Map<String, String> sitemaps = entries(index, "sitemap");
        assertThat(sitemaps).containsOnlyKeys(BASE + "/sitemap-pages.xml", BASE + "/sitemap-news-2026-06.xml",
                BASE + "/sitemap-news-2026-05.xml", BASE + "/sitemap-news-2017-12.xml");
        assertThat(List.copyOf(sitemaps.keySet())).containsExactly(BASE + "/sitemap-pages.xml",
                BASE + "/sitemap-news-2026-06.xml", BASE + "/sitemap-news-2026-05.xml", BASE + "/sitemap-news-2017-12.xml");
        assertThat(sitemaps.get(BASE + "/sitemap-news-2026-06.xml")).isEqualTo("2026-06-12T14:00:00-06:00");
        assertThat(sitemaps.get(BASE + "/sitemap-news-2026-05.xml")).isEqualTo("2026-05-31T21:00:00-06:00");
        assertThat(sitemaps.get(BASE + "/sitemap-pages.xml")).isEqualTo("2026-06-12T14:00:00-06:00");
    }

    @Test
    void aMonthsSitemapListsItsVisibleItemsWithTheirLastChange() {
        juneWithAnEditAndTheLastOfMay();
        NewsItem scheduled = news.published("Scheduled", NOW.plus(Duration.ofHours(2)));
        news.withdrawn("Withdrawn", Instant.parse("2026-06-03T16:00:00Z"), null);
        news.draft("Draft");

        Map<String, String> june = entries(xml(http.get("/sitemap-news-2026-06.xml").body()), "url");

        assertThat(june).containsExactly(
                Map.entry(BASE + "/news/edited-in-june", "2026-06-12T14:00:00-06:00"),
                Map.entry(BASE + "/news/june", "2026-06-10T10:00:00-06:00"));
        assertThat(entries(xml(http.get("/sitemap-news-2026-05.xml").body()), "url"))
                .containsOnlyKeys(BASE + "/news/last-of-may");

        // A scheduled item joins when it becomes visible; a withdrawn one leaves at once.
        clock.set(scheduled.getPublishedAt());
        news.write("update news_items set status = 'WITHDRAWN' where slug = 'june'");
        assertThat(entries(xml(http.get("/sitemap-news-2026-06.xml").body()), "url"))
                .containsOnlyKeys(BASE + "/news/edited-in-june", BASE + "/news/scheduled");
    }

    @Test
    void theSitemapOfPagesHasTheHomePageTopicsAndArchive() {
        news.published("One", Instant.parse("2026-06-10T16:00:00Z"), "Repatriation", "Mexico");
        news.published("Two", Instant.parse("2025-12-10T16:00:00Z"), "Repatriation");
        news.draft("Draft", "Panama");

        Map<String, String> pages = entries(xml(http.get("/sitemap-pages.xml").body()), "url");

        // Each language's home page, archive and topics page (issue 14); the rest only where English has items.
        assertThat(List.copyOf(pages.keySet())).containsExactly(
                BASE + "/", BASE + "/es", BASE + "/archive", BASE + "/es/archivo", BASE + "/archive/2026", BASE + "/archive/2025",
                BASE + "/archive/2026/06", BASE + "/archive/2025/12",
                BASE + "/tags", BASE + "/es/temas", BASE + "/tags/mexico", BASE + "/tags/repatriation");
        assertThat(pages.get(BASE + "/")).isEqualTo("2026-06-10T10:00:00-06:00");
        assertThat(pages.get(BASE + "/archive/2025")).isEqualTo("2025-12-10T10:00:00-06:00");
        assertThat(pages.get(BASE + "/tags/repatriation")).isEqualTo("2026-06-10T10:00:00-06:00");
    }

    @Test
    void anEmptySiteStillHasItsPages() {
        Map<String, String> index = entries(xml(http.get("/sitemap.xml").body()), "sitemap");
        assertThat(index).containsOnlyKeys(BASE + "/sitemap-pages.xml");
        assertThat(entries(xml(http.get("/sitemap-pages.xml").body()), "url"))
                .containsOnlyKeys(BASE + "/", BASE + "/archive", BASE + "/tags", BASE + "/es", BASE + "/es/archivo", BASE + "/es/temas");
        assertThat(http.get("/news-sitemap.xml").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sitemap-news-2026-13.xml", "/sitemap-news-2026-00.xml", "/sitemap-news-2031-01.xml",
            "/sitemap-news-2026-06-1.xml", "/sitemap-news-2026-06-2.xml", "/sitemap-news-2026-6.xml",
            "/sitemap-pages-2.xml", "/sitemap-pages-1.xml", "/sitemap-other.xml", "/sitemap-news-0999-01.xml",
            "/sitemap-news-2017-12-42951.xml", "/sitemap-news-2026-06-9999999.xml", "/sitemap-pages-9999999.xml",
            "/sitemaps/other.xml", "/sitemaps/sitemap.xml"})
    void sitemapsThatDoNotExistAreNotFound(String path) {
        news.published("June", Instant.parse("2026-06-10T16:00:00Z"));
        news.published("2017", Instant.parse("2017-12-04T16:00:00Z"));

        assertThat(http.get(path).statusCode()).isEqualTo(404);
    }

    /** The sitemaps lived under /sitemaps/ until strict crawlers had to accept their URLs. */
    @ParameterizedTest
    @ValueSource(strings = {"pages.xml", "pages-2.xml", "news-2026-06.xml", "news-2026-06-3.xml"})
    void theFormerAddressesAnswerWithAPermanentRedirectToTheRoot(String file) {
        HttpResponse<String> response = http.get("/sitemaps/" + file);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/sitemap-" + file));
    }

    @Test
    void theNewsSitemapHasWhatWasPublishedInTheLast48Hours() {
        news.published("Just now", NOW);
        news.published("Yesterday & \"today\" <b>", NOW.minus(Duration.ofHours(24)));
        news.published("Almost two days ago", NOW.minus(Duration.ofHours(47)));
        news.published("Too old", NOW.minus(Duration.ofHours(49)));
        news.published("Not yet", NOW.plus(Duration.ofMinutes(1)));
        news.draft("Draft");

        HttpResponse<String> response = http.get("/news-sitemap.xml");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        Document sitemap = xml(response.body());
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        assertThat(urls.getLength()).isEqualTo(3);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            Element article = (Element) url.getElementsByTagNameNS(NEWS, "news").item(0);
            Element publication = (Element) article.getElementsByTagNameNS(NEWS, "publication").item(0);
            assertThat(text(publication, NEWS, "name")).isEqualTo("Test News");
            assertThat(text(publication, NEWS, "language")).isEqualTo("en");
            assertThat(OffsetDateTime.parse(text(article, NEWS, "publication_date"))).isNotNull();
            titles.add(text(article, NEWS, "title"));
        }
        assertThat(titles).containsExactly("Just now", "Yesterday & \"today\" <b>", "Almost two days ago");
        Element first = (Element) urls.item(0);
        assertThat(text(first, SITEMAP, "loc")).isEqualTo(BASE + "/news/just-now");
        assertThat(text(first, NEWS, "publication_date")).isEqualTo("2026-06-15T06:00:00-06:00");

        // Two days later the window has moved on.
        clock.set(NOW.plus(Duration.ofHours(47)));
        assertThat(xml(http.get("/news-sitemap.xml").body()).getElementsByTagNameNS(SITEMAP, "url").getLength()).isEqualTo(2);
    }

    @Test
    void robotsTxtOpensThePublicSiteClosesTheRestAndNamesTheSitemaps() {
        HttpResponse<String> robots = http.get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(robots.body().lines().toList()).contains("User-agent: *", "Allow: /", "Disallow: /admin",
                "Disallow: /login", "Disallow: /search", "Disallow: /es/buscar", "Sitemap: " + BASE + "/sitemap.xml",
                "Sitemap: " + BASE + "/news-sitemap.xml");
        // Styles and pictures stay open: a crawler renders pages as readers see them.
        assertThat(robots.body().lines().filter(line -> line.startsWith("Disallow:")).toList())
                .containsExactly("Disallow: /admin", "Disallow: /login", "Disallow: /search", "Disallow: /es/buscar");
    }

    @Test
    void withTheDefaultLimitAMonthFitsInOneFile() {
        news.publishedSeries(30, Instant.parse("2026-06-10T16:00:00Z"));

        assertThat(entries(xml(http.get("/sitemap.xml").body()), "sitemap"))
                .containsOnlyKeys(BASE + "/sitemap-pages.xml", BASE + "/sitemap-news-2026-06.xml");
        assertThat(entries(xml(http.get("/sitemap-news-2026-06.xml").body()), "url")).hasSize(30);
    }

    /**
     * The same controller with a limit of two URLs per file, on the same database (a standalone
     * MockMvc: no second application context).
     */
    @Test
    void monthsAndPagesLargerThanTheLimitAreSplitIntoParts() {
        List<NewsItem> june = news.publishedSeries(5, Instant.parse("2026-06-10T16:00:00Z"), "Repatriation");
        news.published("May", Instant.parse("2026-05-10T16:00:00Z"));
        MockMvcTester small = MockMvcTester.of(new SitemapController(
                new SitemapEntries(items, site, new SitemapProperties(2), siteTime, versions, topics, pictures), site));

        Map<String, String> index = entries(xml(body(small, "/sitemap.xml")), "sitemap");

        assertThat(List.copyOf(index.keySet())).containsExactly(
                BASE + "/sitemap-pages.xml", BASE + "/sitemap-pages-2.xml", BASE + "/sitemap-pages-3.xml",
                BASE + "/sitemap-pages-4.xml", BASE + "/sitemap-pages-5.xml",
                BASE + "/sitemap-news-2026-06.xml", BASE + "/sitemap-news-2026-06-2.xml",
                BASE + "/sitemap-news-2026-06-3.xml", BASE + "/sitemap-news-2026-05.xml");
        List<String> itemUrls = new ArrayList<>();
        List<String> pageUrls = new ArrayList<>();
        for (String sitemap : index.keySet()) {
            Map<String, String> urls = entries(xml(body(small, sitemap.substring(BASE.length()))), "url");
            assertThat(urls).as(sitemap).hasSizeBetween(1, 2);
            (sitemap.contains("/sitemap-news-") ? itemUrls : pageUrls).addAll(urls.keySet());
        }
        // Every visible item exactly once, oldest first within a month, so that parts stay stable.
        assertThat(itemUrls).containsExactly(BASE + "/news/" + june.get(0).getSlug(),
                BASE + "/news/" + june.get(1).getSlug(), BASE + "/news/" + june.get(2).getSlug(),
                BASE + "/news/" + june.get(3).getSlug(), BASE + "/news/" + june.get(4).getSlug(), BASE + "/news/may");
        // Home, archive and topics in both languages, 2026, June and May 2026, one topic: ten pages in five files.
        assertThat(pageUrls).doesNotHaveDuplicates().hasSize(10).contains(BASE + "/", BASE + "/es", BASE + "/tags/repatriation");
        // Each part changed when its newest item was published: the first holds the two oldest.
        assertThat(index.get(BASE + "/sitemap-news-2026-06-3.xml")).isEqualTo("2026-06-10T10:00:00-06:00");
        assertThat(index.get(BASE + "/sitemap-news-2026-06.xml")).isEqualTo("2026-06-10T09:57:00-06:00");

        assertThat(small.get().uri("/sitemap-news-2026-06-4.xml")).hasStatus(404);
        assertThat(small.get().uri("/sitemap-pages-6.xml")).hasStatus(404);
    }

    @Test
    void aStrictCrawlerAcceptsEveryUrlOfEverySitemap() throws Exception {
        seedASite();
        SiteMapParser strict = new SiteMapParser(true, false);
        strict.setStrictNamespace(true);
        strict.enableExtension(Extension.NEWS);

        AbstractSiteMap index = strict.parseSiteMap(bytes("/sitemap.xml"), url("/sitemap.xml"));
        assertThat(index.isIndex()).isTrue();
        List<String> accepted = new ArrayList<>();
        int listed = 0;
        for (AbstractSiteMap sitemap : ((SiteMapIndex) index).getSitemaps()) {
            String path = sitemap.getUrl().getPath();
            byte[] document = bytes(path);
            listed += locs(document);
            SiteMap parsed = (SiteMap) strict.parseSiteMap(document, sitemap.getUrl());
            parsed.getSiteMapUrls().stream().map(SiteMapURL::getUrl).map(URL::toString).forEach(accepted::add);
        }
        byte[] newsSitemap = bytes("/news-sitemap.xml");
        SiteMap parsedNews = (SiteMap) strict.parseSiteMap(newsSitemap, url("/news-sitemap.xml"));

        // The whole site: 36 visible items, home, archive, its years and months, topics and four topics.
        assertThat(accepted).contains(BASE + "/", BASE + "/archive", BASE + "/tags", BASE + "/tags/repatriation")
                .doesNotHaveDuplicates().doesNotContain(BASE + "/news/a-draft");
        assertThat(accepted.stream().filter(url -> url.startsWith(BASE + "/news/"))).hasSize(36);
        assertThat(accepted).as("every URL listed is accepted").hasSize(listed);
        assertThat(parsedNews.getSiteMapUrls()).hasSize(locs(newsSitemap)).hasSize(26);
        assertThat(parsedNews.getSiteMapUrls()).allSatisfy(url -> assertThat(url.getAttributesForExtension(Extension.NEWS)).isNotEmpty());
    }

    @Test
    void everySitemapIsValidAgainstTheSitemapsOrgSchemasAndTheNewsExtension() throws Exception {
        seedASite();
        Schema index = schema("siteindex.xsd");
        Schema urls = schema("sitemap.xsd", "sitemap-xhtml-link.xsd");
        Schema newsUrls = schema("sitemap.xsd", "sitemap-news.xsd");

        byte[] indexDocument = bytes("/sitemap.xml");
        index.newValidator().validate(new StreamSource(new ByteArrayInputStream(indexDocument)));
        SiteMapIndex parsed = (SiteMapIndex) new SiteMapParser().parseSiteMap(indexDocument, url("/sitemap.xml"));
        assertThat(parsed.getSitemaps()).hasSizeGreaterThan(10);
        for (AbstractSiteMap sitemap : parsed.getSitemaps()) {
            urls.newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes(sitemap.getUrl().getPath())),
                    sitemap.getUrl().toString()));
        }
        newsUrls.newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes("/news-sitemap.xml"))));
    }

    @Test
    void theSchemasRejectWhatTheProtocolForbids() throws Exception {
        // The checks above could not fail if the schemas accepted anything.
        String noLoc = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><lastmod>2026-06-01</lastmod></url></urlset>";
        String badNews = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>https://news.example.org/news/x</loc><news:news><news:title>x</news:title></news:news></url></urlset>";
        assertThat(invalid(schema("sitemap.xsd"), noLoc)).isTrue();
        assertThat(invalid(schema("sitemap.xsd", "sitemap-news.xsd"), badNews)).isTrue();
        assertThat(invalid(schema("siteindex.xsd"), "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>")).isTrue();
        String linkWithoutHreflang = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"
                + "<url><loc>https://news.example.org/</loc><xhtml:link rel=\"alternate\" href=\"https://news.example.org/es\"/></url></urlset>";
        assertThat(invalid(schema("sitemap.xsd", "sitemap-xhtml-link.xsd"), linkWithoutHreflang)).isTrue();
    }

    @Test
    void bothLanguagesAreListedAndEveryUrlNamesItselfAndItsOtherLanguageVersion() throws Exception {
        NewsItem english = news.published("Border officers trained", Instant.parse("2026-06-10T16:00:00Z"), "Repatriation");
        NewsItem spanish = news.publishedInSpanish("Capacitan a oficiales", Instant.parse("2026-06-10T16:00:00Z"), "Repatriation");
        news.linkTranslations(english, spanish);
        news.publishedInSpanish("Solo en español", Instant.parse("2026-06-11T16:00:00Z"), "Repatriation");
        news.spanishTopicName("Repatriation", "Repatriación");

        Document june = xml(http.get("/sitemap-news-2026-06.xml").body());
        assertThat(entries(june, "url")).containsOnlyKeys(BASE + "/news/border-officers-trained",
                BASE + "/es/noticias/capacitan-a-oficiales", BASE + "/es/noticias/solo-en-espanol");
        Map<String, Map<String, String>> alternates = alternates(june);
        Map<String, String> pair = Map.of("en", BASE + "/news/border-officers-trained",
                "es", BASE + "/es/noticias/capacitan-a-oficiales", "x-default", BASE + "/news/border-officers-trained");
        assertThat(alternates.get(BASE + "/news/border-officers-trained")).isEqualTo(pair);
        assertThat(alternates.get(BASE + "/es/noticias/capacitan-a-oficiales")).isEqualTo(pair);
        assertThat(alternates.get(BASE + "/es/noticias/solo-en-espanol")).isEmpty();

        Document pages = xml(http.get("/sitemap-pages.xml").body());
        Map<String, Map<String, String>> pageAlternates = alternates(pages);
        assertThat(pageAlternates.get(BASE + "/es")).isEqualTo(Map.of("en", BASE + "/", "es", BASE + "/es", "x-default", BASE + "/"));
        assertThat(pageAlternates.get(BASE + "/tags/repatriation")).isEqualTo(Map.of("en", BASE + "/tags/repatriation",
                "es", BASE + "/es/temas/repatriacion", "x-default", BASE + "/tags/repatriation"));
        assertThat(pageAlternates.get(BASE + "/es/archivo/2026/06")).containsEntry("en", BASE + "/archive/2026/06");
        // Every alternate is itself listed, and names the first URL back.
        pageAlternates.forEach((url, versions) -> versions.values().forEach(version -> {
            assertThat(pageAlternates).containsKey(version);
            assertThat(pageAlternates.get(version).values()).contains(url);
        }));

        schema("sitemap.xsd", "sitemap-xhtml-link.xsd").newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(bytes("/sitemap-news-2026-06.xml"))));
        // The news sitemap (the last 48 hours) says each article's language.
        news.publishedInSpanish("Hoy", NOW.minus(Duration.ofHours(1)));
        news.published("Today", NOW.minus(Duration.ofHours(2)));
        String newsSitemap = http.get("/news-sitemap.xml").body();
        assertThat(newsSitemap).contains("<loc>" + BASE + "/es/noticias/hoy</loc>", "<news:language>es</news:language>",
                "<loc>" + BASE + "/news/today</loc>", "<news:language>en</news:language>");
    }

    /** Each URL of a sitemap to its xhtml:link alternates, by hreflang. */
    private static Map<String, Map<String, String>> alternates(Document document) {
        Map<String, Map<String, String>> alternates = new LinkedHashMap<>();
        NodeList urls = document.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            Map<String, String> versions = new LinkedHashMap<>();
            NodeList links = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                versions.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            alternates.put(text(url, SITEMAP, "loc"), versions);
        }
        return alternates;
    }

    private static boolean invalid(Schema schema, String document) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
            return false;
        }
        catch (Exception expected) {
            return true;
        }
    }

    private static Schema schema(String... files) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Nothing may be fetched from the network: every schema needed is given here.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        StreamSource[] sources = new StreamSource[files.length];
        for (int i = 0; i < files.length; i++) {
            sources[i] = new StreamSource(SitemapsIT.class.getResource("/sitemaps-schemas/" + files[i]).toString());
        }
        return factory.newSchema(sources);
    }

    /**
     * Items over three years, in several topics, two of them in the news sitemap's 48 hours, and a
     * draft: for the checks by strict third parties, crawler-commons' parser in strict mode (a URL
     * outside the sitemap's folder or host is dropped) and the sitemaps.org XML schemas with
     * Google's news extension (kept in {@code src/test/resources/sitemaps-schemas}).
     */
    private void seedASite() {
        news.publishedSeries(25, NOW.minus(Duration.ofHours(2)), "Repatriation", "Border management");
        for (int month = 1; month <= 30; month += 3) {
            news.published("Item of month " + month, NOW.minus(Duration.ofDays(30L * month)), "Migration governance");
        }
        news.published("Trafficking & smuggling: <the> report", NOW.minus(Duration.ofHours(30)), "Trafficking in persons");
        news.draft("A draft", "Repatriation");
    }

    private byte[] bytes(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/xml;charset=UTF-8");
        return response.body().getBytes(StandardCharsets.UTF_8);
    }

    /** How many {@code <loc>} a sitemap lists: what a crawler should accept, all of it. */
    private static int locs(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        return text.split("<loc>", -1).length - 1;
    }

    private static URL url(String path) throws Exception {
        return URI.create(BASE + path).toURL();
    }

    private void setUpdatedAt(NewsItem item, Instant updatedAt) {
        news.write("update news_items set updated_at = ? where id = ?", Timestamp.from(updatedAt), item.getId());
    }

    private static String body(MockMvcTester mvc, String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).as(path).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** Each {@code loc} of the given elements with its {@code lastmod} (or null), in document order. */
    private static Map<String, String> entries(Document document, String element) {
        Map<String, String> entries = new LinkedHashMap<>();
        NodeList nodes = document.getElementsByTagNameNS(SITEMAP, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            NodeList lastmod = node.getElementsByTagNameNS(SITEMAP, "lastmod");
            entries.put(text(node, SITEMAP, "loc"), lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent());
        }
        return entries;
    }

    private static String text(Element parent, String namespace, String name) {
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        assertThat(found.getLength()).as(name).isEqualTo(1);
        return found.item(0).getTextContent();
    }

    private static Document xml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + text, e);
        }
    }
}
