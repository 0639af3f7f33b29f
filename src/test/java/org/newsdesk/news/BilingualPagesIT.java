package org.newsdesk.news;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdesk.Http;
import org.newsdesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Spanish in one site (issue 14): each language's pages, words, dates, switch and feeds. */
class BilingualPagesIT extends IntegrationTest {

    static final String BASE = "https://news.example.org";
    static final Instant DEC_4_2017 = Instant.parse("2017-12-04T16:00:00Z");

    @Test
    void eachLanguageListsItsOwnItemsWithItsOwnWordsAndDates() {
        news.published("Border officers trained", DEC_4_2017, "Border management");
        news.publishedInSpanish("Capacitan a oficiales de frontera", DEC_4_2017, "Border management");

        Document english = Http.html(http.get("/"));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("article.card h2").eachText()).containsExactly("Border officers trained");
        assertThat(english.select("article.card time").text()).isEqualTo("4 December 2017");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Latest news");

        Document spanish = Http.html(http.get("/es"));
        assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.selectFirst("h1").text()).isEqualTo("Últimas noticias");
        assertThat(spanish.select("article.card h2").eachText()).containsExactly("Capacitan a oficiales de frontera");
        assertThat(spanish.select("article.card time").text()).isEqualTo("4 de diciembre de 2017");
        assertThat(spanish.select("article.card h2 a").attr("href")).isEqualTo("/es/noticias/capacitan-a-oficiales-de-frontera");
        assertThat(spanish.select("header nav a").eachText()).containsExactly("Últimas", "Temas", "Archivo");
        assertThat(spanish.select("header nav a").eachAttr("href")).containsExactly("/es", "/es/temas", "/es/archivo");
        assertThat(spanish.select("form.site-search").attr("action")).isEqualTo("/es/buscar");
        assertThat(spanish.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/es");
        assertThat(spanish.select("meta[property=og:locale]").attr("content")).isEqualTo("es_ES");
        assertThat(spanish.select("meta[property=og:locale:alternate]").attr("content")).isEqualTo("en_US");
        assertThat(spanish.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"es\"");
        assertThat(spanish.select("link[rel=alternate][type]").eachAttr("href"))
                .containsExactly(BASE + "/es/feed.xml", BASE + "/es/atom.xml", BASE + "/es/feed.json");
        // The same page in the other language: each home page is the other's counterpart.
        assertThat(spanish.select(".language-switch a").attr("href")).isEqualTo("/");
        assertThat(spanish.select(".language-switch a").attr("lang")).isEqualTo("en");
        assertThat(spanish.select(".language-missing")).isEmpty();
        assertThat(english.select(".language-switch a").attr("href")).isEqualTo("/es");
        assertThat(english.select(".language-switch a").text()).isEqualTo("Español");
    }

    @Test
    void aSpanishListingPagesWithSpanishWords() {
        for (int i = 1; i <= 12; i++) {
            news.publishedInSpanish("Noticia " + i, NOW.minus(Duration.ofHours(13 - i)));
        }
        Document first = Http.html(http.get("/es"));
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/es/pagina/2");
        Document second = Http.html(http.get("/es/pagina/2"));
        assertThat(second.select("article.card h2").eachText()).containsExactly("Noticia 2", "Noticia 1");
        assertThat(second.title()).startsWith("Últimas noticias, página 2");
        assertThat(http.get("/es/pagina/3").statusCode()).isEqualTo(404);
        assertMoved("/es/pagina/1", "/es");
        // English has none of them.
        assertThat(Http.html(http.get("/")).select("article.card")).isEmpty();
    }

    @Test
    void anItemWithATranslationSwitchesToItAndNamesItAsItsAlternate() {
        NewsItem english = news.published("Border officers trained", DEC_4_2017, "Border management");
        NewsItem spanish = news.publishedInSpanish("Capacitan a oficiales de frontera", DEC_4_2017, "Border management");
        news.linkTranslations(english, spanish);

        Document es = Http.html(http.get("/es/noticias/capacitan-a-oficiales-de-frontera"));
        assertThat(es.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(es.selectFirst("h1").text()).isEqualTo("Capacitan a oficiales de frontera");
        assertThat(es.select("article.item time").text()).isEqualTo("4 de diciembre de 2017");
        assertThat(es.select("nav.breadcrumb a").eachText()).containsExactly("Inicio", "diciembre de 2017",
                "Capacitan a oficiales de frontera");
        assertThat(es.select("nav.breadcrumb a").eachAttr("href")).containsExactly("/es", "/es/archivo/2017/12",
                "/es/noticias/capacitan-a-oficiales-de-frontera");
        assertThat(es.select(".language-switch a").attr("href")).isEqualTo("/news/border-officers-trained");
        assertThat(es.select("link[hreflang=en]").attr("href")).isEqualTo(BASE + "/news/border-officers-trained");
        assertThat(es.select("link[hreflang=es]").attr("href")).isEqualTo(BASE + "/es/noticias/capacitan-a-oficiales-de-frontera");
        assertThat(es.select("link[hreflang=x-default]").attr("href")).isEqualTo(BASE + "/news/border-officers-trained");
        assertThat(es.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"es\"");

        Document en = Http.html(http.get("/news/border-officers-trained"));
        assertThat(en.select(".language-switch a").attr("href")).isEqualTo("/es/noticias/capacitan-a-oficiales-de-frontera");
        assertThat(en.select("link[hreflang=es]").attr("href")).isEqualTo(BASE + "/es/noticias/capacitan-a-oficiales-de-frontera");
        assertThat(en.select("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
        assertThat(en.select("meta[property=og:locale:alternate]").attr("content")).isEqualTo("es_ES");
    }

    @Test
    void anItemWithoutATranslationSwitchesToTheOtherHomeAndSaysSo() {
        news.published("Only in English", DEC_4_2017);
        NewsItem spanish = news.publishedInSpanish("Solo en español", DEC_4_2017);
        NewsItem draftTranslation = news.draft("Draft translation");
        news.linkTranslations(spanish, draftTranslation);

        Document en = Http.html(http.get("/news/only-in-english"));
        assertThat(en.select(".language-switch a").attr("href")).isEqualTo("/es");
        assertThat(en.select(".language-missing").text()).contains("not available in Spanish");
        assertThat(en.select("link[hreflang]")).isEmpty();
        assertThat(en.select("meta[property=og:locale:alternate]")).isEmpty();

        // A translation that is not public yet is no counterpart.
        Document es = Http.html(http.get("/es/noticias/solo-en-espanol"));
        assertThat(es.select(".language-switch a").attr("href")).isEqualTo("/");
        assertThat(es.select(".language-missing").text()).contains("no disponible en inglés");
        assertThat(es.select("link[hreflang]")).isEmpty();
    }

    @Test
    void anItemAskedForUnderTheOtherLanguagesWordsMovesToItsOwnAddress() {
        news.publishedInSpanish("Solo en español", DEC_4_2017);
        news.published("Only in English", DEC_4_2017);

        assertMoved("/news/solo-en-espanol", "/es/noticias/solo-en-espanol");
        assertMoved("/es/noticias/only-in-english", "/news/only-in-english");
        assertThat(http.get("/es/noticias/nothing-here").statusCode()).isEqualTo(404);
        assertThat(Http.html(http.get("/es/noticias/nothing-here")).selectFirst("html").attr("lang")).isEqualTo("es");
    }

    @Test
    void topicsHaveANameAndSlugPerLanguageAndAMissingSpanishNameShowsTheEnglishOneMarked() {
        news.publishedInSpanish("Retornos", DEC_4_2017, "Repatriation", "Border management");
        news.published("Returns", DEC_4_2017, "Repatriation", "Border management");
        news.spanishTopicName("Repatriation", "Repatriación");

        Document topics = Http.html(http.get("/es/temas"));
        assertThat(topics.selectFirst("h1").text()).isEqualTo("Temas");
        assertThat(topics.select(".tag-index li a").eachText()).containsExactly("Border management", "Repatriación");
        assertThat(topics.select(".tag-index li a").eachAttr("href")).containsExactly("/es/temas/border-management",
                "/es/temas/repatriacion");
        assertThat(topics.select(".tag-index li a").get(0).attr("lang")).isEqualTo("en");
        assertThat(topics.select(".tag-index li a").get(1).hasAttr("lang")).isFalse();
        assertThat(topics.select(".tag-index li .count").eachText()).containsExactly("1 noticia", "1 noticia");

        Document topic = Http.html(http.get("/es/temas/repatriacion"));
        assertThat(topic.selectFirst("h1").text()).isEqualTo("Tema: Repatriación");
        assertThat(topic.select("article.card h2").eachText()).containsExactly("Retornos");
        assertThat(topic.select("article.card .tags a").eachText()).containsExactly("Border management", "Repatriación");
        assertThat(topic.select(".language-switch a").attr("href")).isEqualTo("/tags/repatriation");
        assertThat(topic.select("link[hreflang=en]").attr("href")).isEqualTo(BASE + "/tags/repatriation");
        assertThat(topic.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
                .contains(BASE + "/es/temas/repatriacion/feed.xml");

        Document english = Http.html(http.get("/tags/repatriation"));
        assertThat(english.select("article.card h2").eachText()).containsExactly("Returns");
        assertThat(english.select(".language-switch a").attr("href")).isEqualTo("/es/temas/repatriacion");

        // The English slug under the Spanish words moves to the Spanish one.
        assertMoved("/es/temas/repatriation", "/es/temas/repatriacion");
    }

    @Test
    void oldTopicSlugsAnswer301InBothLanguages() {
        news.publishedInSpanish("Retornos", DEC_4_2017, "Repatriation");
        news.spanishTopicName("Repatriation", "Repatriación");
        news.write("insert into tag_slugs (slug, tag_id, retired_at, language) select 'returns', id, now(), 'en' from tags");
        news.write("insert into tag_slugs (slug, tag_id, retired_at, language) select 'retornos', id, now(), 'es' from tags");

        assertMoved("/tags/returns", "/tags/repatriation");
        assertMoved("/es/temas/retornos/pagina/2", "/es/temas/repatriacion/pagina/2");
    }

    @Test
    void theArchiveInSpanishNamesMonthsInSpanishAndSwitchesToTheSameMonth() {
        news.publishedInSpanish("Noticia de diciembre", DEC_4_2017);
        news.published("December item", DEC_4_2017);
        news.publishedInSpanish("Noticia de marzo", Instant.parse("2018-03-10T16:00:00Z"));

        Document index = Http.html(http.get("/es/archivo"));
        assertThat(index.selectFirst("h1").text()).isEqualTo("Archivo");
        assertThat(index.select(".archive-months a").eachText()).containsExactly("marzo", "diciembre");
        assertThat(index.select(".archive-months a").eachAttr("href")).containsExactly("/es/archivo/2018/03", "/es/archivo/2017/12");

        Document december = Http.html(http.get("/es/archivo/2017/12"));
        assertThat(december.selectFirst("h1").text()).isEqualTo("Noticias de diciembre de 2017");
        assertThat(december.select("article.card h2").eachText()).containsExactly("Noticia de diciembre");
        assertThat(december.select(".language-switch a").attr("href")).isEqualTo("/archive/2017/12");
        assertThat(december.select("link[hreflang=en]").attr("href")).isEqualTo(BASE + "/archive/2017/12");

        // Nothing in English in March 2018: the switch goes to the English home and says so.
        Document march = Http.html(http.get("/es/archivo/2018/03"));
        assertThat(march.select(".language-switch a").attr("href")).isEqualTo("/");
        assertThat(march.select(".language-missing")).hasSize(1);
        assertThat(march.select("link[hreflang]")).isEmpty();
        assertThat(http.get("/archive/2018/03").statusCode()).isEqualTo(404);
        assertThat(http.get("/es/archivo/2018").statusCode()).isEqualTo(200);
    }

    @Test
    void spanishSearchStemsSpanishWordsIgnoresAccentsAndFindsOnlySpanishItems() {
        news.publishedInSpanish("Atención a migrantes en la frontera", DEC_4_2017);
        news.publishedInSpanish("Educación para niñas", DEC_4_2017.minusSeconds(60));
        news.published("Migrants at the border", DEC_4_2017);

        Document stemmed = Http.html(http.get("/es/buscar?q=migrante"));
        assertThat(stemmed.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(stemmed.select("article h2").eachText())
                .containsExactly("Atención a migrantes en la frontera");
        assertThat(stemmed.select("article h2 a").attr("href")).isEqualTo("/es/noticias/atencion-a-migrantes-en-la-frontera");
        assertThat(stemmed.select(".language-switch a").attr("href")).isEqualTo("/search?q=migrante");

        Document accents = Http.html(http.get("/es/buscar?q=educacion+ninas"));
        assertThat(accents.select("article h2").eachText()).containsExactly("Educación para niñas");
        Document prefix = Http.html(http.get("/es/buscar?q=educ"));
        assertThat(prefix.select("article h2").eachText()).containsExactly("Educación para niñas");

        // "or" is no Spanish stopword: either word is enough, whichever the last, prefix, one matches.
        Document either = Http.html(http.get("/es/buscar?q=frontera+or+educ"));
        assertThat(either.select("article h2").eachText())
                .containsExactlyInAnyOrder("Atención a migrantes en la frontera", "Educación para niñas");
        Document eitherWhole = Http.html(http.get("/es/buscar?q=frontera+or+inexistente"));
        assertThat(eitherWhole.select("article h2").eachText()).containsExactly("Atención a migrantes en la frontera");

        Document english = Http.html(http.get("/search?q=migrants"));
        assertThat(english.select("article h2").eachText()).containsExactly("Migrants at the border");
        Document none = Http.html(http.get("/search?q=educacion"));
        assertThat(none.select("article h2")).isEmpty();
    }

    @Test
    void eachLanguageHasItsFeedsWithItsLanguageDeclared() throws Exception {
        news.publishedInSpanish("Retornos", DEC_4_2017, "Repatriation");
        news.published("Returns", DEC_4_2017, "Repatriation");
        news.spanishTopicName("Repatriation", "Repatriación");

        Channel rss = (Channel) feed("/es/feed.xml");
        assertThat(rss.getLanguage()).isEqualTo("es");
        assertThat(rss.getLink()).isEqualTo(BASE + "/es");
        assertThat(rss.getItems()).extracting(item -> item.getTitle()).containsExactly("Retornos");
        assertThat(rss.getItems().get(0).getLink()).isEqualTo(BASE + "/es/noticias/retornos");

        Feed atom = (Feed) feed("/es/atom.xml");
        // ROME's Atom writer has no place for the feed's language: HTTP declares it.
        assertThat(http.get("/es/atom.xml").headers().firstValue("Content-Language")).hasValue("es");
        assertThat(atom.getEntries()).extracting(entry -> entry.getTitle()).containsExactly("Retornos");

        Channel english = (Channel) feed("/feed.xml");
        assertThat(english.getLanguage()).isEqualTo("en");
        assertThat(english.getItems()).extracting(item -> item.getTitle()).containsExactly("Returns");

        Channel topic = (Channel) feed("/es/temas/repatriacion/feed.xml");
        assertThat(topic.getLanguage()).isEqualTo("es");
        assertThat(topic.getTitle()).contains("Repatriación");
        assertThat(topic.getItems()).extracting(item -> item.getTitle()).containsExactly("Retornos");
        Feed topicAtom = (Feed) feed("/tags/repatriation/atom.xml");
        assertThat(http.get("/tags/repatriation/atom.xml").headers().firstValue("Content-Language")).hasValue("en");
        assertThat(topicAtom.getEntries()).extracting(entry -> entry.getTitle()).containsExactly("Returns");

        HttpResponse<String> json = http.get("/es/feed.json");
        assertThat(json.body()).contains("\"language\":\"es\"").contains("Retornos").doesNotContain("\"Returns\"");
    }

    private void assertMoved(String path, String location) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).isEqualTo(location);
    }

    private WireFeed feed(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new WireFeedInput().build(new StringReader(response.body()));
    }
}
