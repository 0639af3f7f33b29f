package org.newsdesk.news;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewsLinksTests {

    @Test
    void pathsOfItemsTopicsAndTheArchive() {
        assertThat(NewsLinks.home()).isEqualTo("/");
        assertThat(NewsLinks.item("border-officers-trained")).isEqualTo("/news/border-officers-trained");
        assertThat(NewsLinks.tags()).isEqualTo("/tags");
        assertThat(NewsLinks.tag("migrant-health")).isEqualTo("/tags/migrant-health");
        assertThat(NewsLinks.tagFeed("migrant-health", "atom.xml")).isEqualTo("/tags/migrant-health/atom.xml");
        assertThat(NewsLinks.archive()).isEqualTo("/archive");
        assertThat(NewsLinks.year(2017)).isEqualTo("/archive/2017");
        assertThat(NewsLinks.month(YearMonth.of(2017, 3))).isEqualTo("/archive/2017/03");
    }
}
