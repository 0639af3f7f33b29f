package org.newsdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.newsdesk.web.ErrorPagesIT;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the shared test database. Every integration test
 * uses exactly this, through {@link IntegrationTest}, so that Spring starts one context for all
 * of them: a test that needs a bean of its own adds it here rather than to its class (an
 * {@code @Import} or {@code @MockitoBean} on one test class makes a context of its own). Tests
 * may talk to the server over HTTP ({@link Http}) or through an injected {@code MockMvcTester}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsdesk.site.name=Test News",
        "newsdesk.site.base-url=https://news.example.org",
        "newsdesk.site.time-zone=America/Costa_Rica",
        // The first admin comes from settings, so no random password is printed on every run.
        "newsdesk.admin.email=first-admin@example.org",
        "newsdesk.admin.password=first admin password",
        // Pictures' variants are made when an upload wakes the background thread; no sweep meanwhile,
        // so that PictureVariantsAcrossInstancesIT decides which instance runs when.
        "newsdesk.media.sweep=1h"})
@AutoConfigureMockMvc
@Import({TestDatabaseConfig.class, ErrorPagesIT.FailingController.class})
public @interface NewsdeskIntegrationTest {
}
