package org.newsdesk.freshness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache itself: bounded by the bytes it keeps, compressing what is worth it, and the gzip rule. */
class PageCacheTests {

    static final ContentVersion VERSION = new ContentVersion(7, Instant.parse("2026-06-15T10:00:00Z"),
            Instant.parse("2026-06-15T11:00:00Z"), null, "deployment");

    @Test
    void theBytesKeptNeverExceedTheBoundAndPopularPagesOutlastOneOffs() {
        long maxBytes = 256 * 1024;
        PageCache cache = new PageCache(maxBytes);
        for (int page = 1; page <= 30; page++) {
            cache.put("http:/page/" + page, page(incompressible(10 * 1024)));
        }
        cache.put("http:/", page(incompressible(10 * 1024)));
        for (int read = 0; read < 20; read++) {
            assertThat(cache.get("http:/")).isNotNull();
        }
        List<String> oneOffs = IntStream.rangeClosed(1, 100).mapToObj(i -> "http:/?utm_source=" + i).toList();

        for (String key : oneOffs) {
            cache.put(key, page(incompressible(10 * 1024)));
            assertThat(cache.weightedSize()).isLessThanOrEqualTo(maxBytes);
        }

        // At most 24 pages of 10 KB fit: most one-off pages were dropped (or never let in); the page read often stayed.
        long kept = oneOffs.stream().filter(key -> cache.get(key) != null).count();
        assertThat(kept).isLessThan(25);
        assertThat(cache.get("http:/")).isNotNull();
    }

    @Test
    void aPageLargerThanAnEighthOfTheCacheIsNotKept() {
        PageCache cache = new PageCache(256 * 1024);

        cache.put("http:/sitemaps/news-2026-06.xml", page(incompressible(40 * 1024)));
        cache.put("http:/", page(incompressible(20 * 1024)));

        assertThat(cache.get("http:/sitemaps/news-2026-06.xml")).isNull();
        assertThat(cache.get("http:/")).isNotNull();
    }

    @Test
    void aCompressiblePageIsKeptCompressedAndCountedSo() throws IOException {
        byte[] html = "<p>Authorities strengthen border management</p>\n".repeat(400).getBytes(StandardCharsets.UTF_8);

        CachedPage page = CachedPage.of(VERSION, "W/\"1\"", List.of(), html, true);

        assertThat(page.gzipped()).isTrue();
        assertThat(page.length()).isEqualTo(html.length);
        assertThat(page.body().length).isLessThan(html.length / 10);
        assertThat(page.weight("http:/")).isLessThan(html.length / 5);
        ByteArrayOutputStream identity = new ByteArrayOutputStream();
        page.writeIdentity(identity);
        assertThat(identity.toByteArray()).isEqualTo(html);
    }

    @Test
    void gzipIsSentWhenTheClientAcceptsItWithAWeightAboveZero() {
        assertThat(accepts("gzip")).isTrue();
        assertThat(accepts("gzip, deflate, br, zstd")).isTrue();
        assertThat(accepts("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(accepts("x-gzip")).isTrue();
        assertThat(accepts("*")).isTrue();
        assertThat(accepts("br", "gzip")).isTrue();

        assertThat(accepts()).isFalse();
        assertThat(accepts("identity")).isFalse();
        assertThat(accepts("br, deflate")).isFalse();
        assertThat(accepts("gzip;q=0")).isFalse();
        assertThat(accepts("gzip;q=0, *")).isFalse();
        assertThat(accepts("*;q=0")).isFalse();
        assertThat(accepts("gzip;q=nonsense")).isFalse();
    }

    private static boolean accepts(String... headers) {
        return PageCacheFilter.acceptsGzip(Collections.enumeration(List.of(headers)));
    }

    private static CachedPage page(byte[] body) {
        return CachedPage.of(VERSION, "W/\"1\"", List.of(new CachedPage.Header("Content-Type", "text/html;charset=UTF-8")),
                body, false);
    }

    /** Bytes that do not shrink, so that the test controls the weight. */
    private static byte[] incompressible(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(length).nextBytes(bytes);
        return bytes;
    }
}
