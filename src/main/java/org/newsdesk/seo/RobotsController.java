package org.newsdesk.seo;

import java.nio.charset.StandardCharsets;

import org.newsdesk.site.Language;
import org.newsdesk.site.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /robots.txt}: crawlers may read the public site, not the editors' pages, the sign-in
 * page or search results (endless, thin pages), and are told where the sitemaps are. Nothing
 * under {@code /css} or {@code /img} is closed: a crawler renders pages with their styles and pictures.
 */
@Controller
record RobotsController(SiteProperties site) {

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String robots = String.join("\n",
                "User-agent: *",
                "Allow: /",
                "Disallow: /admin",
                "Disallow: /login",
                // Each language's search page (seo is a leaf: the words come from site.Language, as NewsLinks's do).
                "Disallow: /" + Language.EN.searchWord(),
                "Disallow: " + Language.ES.prefix() + "/" + Language.ES.searchWord(),
                "",
                "Sitemap: " + site.absoluteUrl("/sitemap.xml"),
                "Sitemap: " + site.absoluteUrl("/news-sitemap.xml"),
                "");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(robots);
    }
}
