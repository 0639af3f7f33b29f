package org.newsdesk.freshness;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;


/**
 * One stored response, as a hit sends it again: the content version it shows, its entity tag,
 * the headers it was sent with (content type, security headers…; not the validators and
 * {@code Cache-Control}, which are worked out again for each answer) and its body.
 *
 * <p>A compressible body is kept only gzip-compressed: nearly every client accepts gzip, so it is
 * sent as it is, and the rare one that does not gets it inflated. The same memory then holds
 * about three times as many pages as it would with both copies.
 *
 * @param body    the body, gzip-compressed when {@code gzipped}
 * @param length  the length of the uncompressed body
 */
record CachedPage(ContentVersion version, String etag, List<Header> headers, byte[] body, boolean gzipped, int length) {

    /** Object headers, references, the version record: roughly what a page costs besides its bytes. */
    private static final int OVERHEAD = 256;

    record Header(String name, String value) {
    }

    static CachedPage of(ContentVersion version, String etag, List<Header> headers, byte[] body, boolean compress) {
        return compress ? new CachedPage(version, etag, headers, gzip(body), true, body.length)
                : new CachedPage(version, etag, headers, body, false, body.length);
    }

    /** What keeping this page under {@code key} costs, in bytes (Java strings at two bytes a character). */
    int weight(String key) {
        long weight = OVERHEAD + body.length + 2L * key.length() + 2L * etag.length();
        for (Header header : headers) {
            weight += 2L * (header.name().length() + header.value().length()) + 32;
        }
        return (int) Math.min(weight, Integer.MAX_VALUE);
    }

    /** Writes the body uncompressed. */
    void writeIdentity(OutputStream out) throws IOException {
        if (!gzipped) {
            out.write(body);
            return;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
            in.transferTo(out);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(body);
        }
        catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
