package org.newsdesk.news;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.newsdesk.site.Language;
import org.newsdesk.web.Pagination;

import static org.assertj.core.api.Assertions.assertThat;

class NewsLinksTests {

    @Test
    void pathsOfItemsTopicsAndTheArchive() {
        assertThat(NewsLinks.home()).isEqualTo("/");
        assertThat(NewsLinks.item("border-officers-trained")).isEqualTo("/news/border-officers-trained");
        assertThat(NewsLinks.tags(Language.EN)).isEqualTo("/tags");
        assertThat(NewsLinks.tag(Language.EN, "migrant-health")).isEqualTo("/tags/migrant-health");
        assertThat(NewsLinks.tagFeed(Language.EN, "migrant-health", "atom.xml")).isEqualTo("/tags/migrant-health/atom.xml");
        assertThat(NewsLinks.archive(Language.EN)).isEqualTo("/archive");
        assertThat(NewsLinks.year(Language.EN, 2017)).isEqualTo("/archive/2017");
        assertThat(NewsLinks.month(Language.EN, YearMonth.of(2017, 3))).isEqualTo("/archive/2017/03");
    }

    @Test
    void spanishPathsLiveUnderEsWithSpanishWords() {
        assertThat(NewsLinks.home(Language.ES)).isEqualTo("/es");
        assertThat(NewsLinks.item(Language.ES, "capacitan-a-oficiales")).isEqualTo("/es/noticias/capacitan-a-oficiales");
        assertThat(NewsLinks.tag(Language.ES, "repatriacion")).isEqualTo("/es/temas/repatriacion");
        assertThat(NewsLinks.tagFeed(Language.ES, "repatriacion", "feed.xml")).isEqualTo("/es/temas/repatriacion/feed.xml");
        assertThat(NewsLinks.month(Language.ES, YearMonth.of(2017, 12))).isEqualTo("/es/archivo/2017/12");
        assertThat(NewsLinks.search(Language.ES)).isEqualTo("/es/buscar");
        assertThat(NewsLinks.feed(Language.ES, "atom.xml")).isEqualTo("/es/atom.xml");
        assertThat(Pagination.href(NewsLinks.home(Language.ES), 2)).isEqualTo("/es/pagina/2");
        assertThat(Pagination.href(NewsLinks.tag(Language.ES, "mexico"), 3)).isEqualTo("/es/temas/mexico/pagina/3");
        assertThat(Pagination.href(NewsLinks.home(Language.EN), 2)).isEqualTo("/page/2");
    }
}
