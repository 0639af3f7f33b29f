package org.newsdesk.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages chosen by a query string, as the search's are: every link keeps the query and adds the page. */
class PaginationQueryLinksTests {

    @Test
    void pageOneHasNoPageParameterAndOthersAddIt() {
        Pagination search = Pagination.of(2, 35, 10, "/search").withQuery("q=border+health&tag=mexico&year=2017");

        assertThat(search.href(1)).isEqualTo("/search?q=border+health&tag=mexico&year=2017");
        assertThat(search.href(3)).isEqualTo("/search?q=border+health&tag=mexico&year=2017&page=3");
        assertThat(search.totalPages()).isEqualTo(4);
        assertThat(search.current()).isEqualTo(2);
    }

    @Test
    void anEmptyQueryStringLeavesOnlyThePage() {
        Pagination pages = Pagination.of(1, 35, 10, "/search").withQuery("");

        assertThat(pages.href(1)).isEqualTo("/search");
        assertThat(pages.href(2)).isEqualTo("/search?page=2");
    }

    @Test
    void pathStylePagesAreUnchanged() {
        Pagination tag = new Pagination(1, 3, "/tags/mexico", 25);

        assertThat(tag.href(2)).isEqualTo("/tags/mexico/page/2");
        assertThat(tag.query()).isNull();
    }
}
