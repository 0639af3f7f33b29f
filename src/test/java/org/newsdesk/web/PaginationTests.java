package org.newsdesk.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaginationTests {

    @Test
    void pageOneIsTheBasePathAndOtherPagesHangBelowIt() {
        Pagination home = Pagination.of(1, 95, 10, "/");
        assertThat(home.href(1)).isEqualTo("/");
        assertThat(home.href(2)).isEqualTo("/page/2");

        Pagination tag = Pagination.of(1, 95, 10, "/tags/mexico");
        assertThat(tag.href(1)).isEqualTo("/tags/mexico");
        assertThat(tag.href(10)).isEqualTo("/tags/mexico/page/10");
    }

    @Test
    void countsPagesExactlyAtTheBoundaries() {
        assertThat(Pagination.of(1, 0, 10, "/").totalPages()).isEqualTo(1);
        assertThat(Pagination.of(1, 10, 10, "/").totalPages()).isEqualTo(1);
        assertThat(Pagination.of(1, 11, 10, "/").totalPages()).isEqualTo(2);
        assertThatThrownBy(() -> Pagination.of(2, 10, 10, "/")).isInstanceOf(PageNotFoundException.class);
        assertThatThrownBy(() -> Pagination.of(2, 0, 10, "/")).isInstanceOf(PageNotFoundException.class);
    }

    @Test
    void showsAWindowAroundTheCurrentPageWithFirstAndLast() {
        Pagination middle = Pagination.of(5, 95, 10, "/");
        assertThat(middle.window()).containsExactly(3, 4, 5, 6, 7);
        assertThat(middle.showFirst()).isTrue();
        assertThat(middle.gapAfterFirst()).isTrue();
        assertThat(middle.showLast()).isTrue();
        assertThat(middle.gapBeforeLast()).isTrue();

        Pagination first = Pagination.of(1, 95, 10, "/");
        assertThat(first.window()).containsExactly(1, 2, 3);
        assertThat(first.showFirst()).isFalse();
        assertThat(first.hasPrevious()).isFalse();

        Pagination last = Pagination.of(10, 95, 10, "/");
        assertThat(last.window()).containsExactly(8, 9, 10);
        assertThat(last.showLast()).isFalse();
        assertThat(last.hasNext()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "01", "abc", "", " 1", "1.0", "99999999999999999999", "12345678", "١"})
    void pageNumbersAreReadStrictly(String text) {
        assertThatThrownBy(() -> PageNumber.parse(text)).isInstanceOf(PageNotFoundException.class);
    }

    @Test
    void validPageNumbers() {
        assertThat(PageNumber.parse("1")).isEqualTo(1);
        assertThat(PageNumber.parse("9999999")).isEqualTo(9_999_999);
    }
}
