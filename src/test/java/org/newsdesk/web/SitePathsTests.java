package org.newsdesk.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SitePathsTests {

    private final SitePaths paths = new SitePaths();

    @ParameterizedTest
    @CsvSource({
            "/,                       false, false, true",
            "/news/admin,             false, false, true",
            "/administration,         false, false, true",
            "/tags/login,             false, false, true",
            "/admin,                  true,  true,  false",
            "/admin/items/3,          true,  true,  false",
            "/admin/users,            true,  true,  false",
            "/login,                  true,  false, false",
            "/logout,                 true,  false, false",
            "/actuator,               false, false, false",
            "/actuator/health,        false, false, false",
            "/error,                  false, false, false"})
    void editorsPagesAndOperationsAreNotThePublicSite(String path, boolean editor, boolean admin, boolean isPublic) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);

        assertThat(paths.isEditorPath(request)).as("editor").isEqualTo(editor);
        assertThat(paths.isAdminPath(request)).as("admin").isEqualTo(admin);
        assertThat(paths.isPublicPath(request)).as("public").isEqualTo(isPublic);
    }

    @ParameterizedTest
    @CsvSource({"/admin/items, true", "/news/x, false"})
    void theContextPathIsNotPartOfThePath(String path, boolean admin) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/newsdesk" + path);
        request.setContextPath("/newsdesk");

        assertThat(paths.isAdminPath(request)).isEqualTo(admin);
    }
}
