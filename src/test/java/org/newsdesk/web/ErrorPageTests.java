package org.newsdesk.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPageTests {

    @Test
    void eachStatusHasItsOwnWordingInTheOneTemplate() {
        assertThat(ErrorPage.of(HttpStatus.NOT_FOUND, false).titleKey()).isEqualTo("error.404.title");
        assertThat(ErrorPage.of(HttpStatus.INTERNAL_SERVER_ERROR, false).textKey()).isEqualTo("error.5xx.text");
        assertThat(ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, false).textKey()).isEqualTo("error.503.text");
        assertThat(ErrorPage.of(HttpStatus.METHOD_NOT_ALLOWED, false).titleKey()).isEqualTo("error.other.title");
        assertThat(ErrorPage.of(HttpStatus.NOT_FOUND, false).linkPath()).isEqualTo("/");
    }

    @Test
    void aRefusedEditorIsSentToTheAdminAndAnExpiredFormToSignIn() {
        assertThat(ErrorPage.of(HttpStatus.FORBIDDEN, false))
                .isEqualTo(new ErrorPage("admin.login.forbidden.title", "admin.login.forbidden.text",
                        "admin.login.forbidden.admin", "/admin"));
        assertThat(ErrorPage.of(HttpStatus.FORBIDDEN, true))
                .isEqualTo(new ErrorPage("admin.login.forbidden.expiredTitle", "admin.login.forbidden.expiredText",
                        "admin.login.forbidden.signIn", "/login"));
    }
}
