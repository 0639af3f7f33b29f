package org.newsdesk.media;

import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.web.PageNotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Pictures' files at content-hashed URLs ({@code /media/3f…-640.webp}): a name's bytes never
 * change, so they are cached for a year as {@code immutable}, with a strong ETag (the name) that
 * answers a revalidation with 304 without reading anything. Small files (thumbnails) are served from
 * memory ({@link ServedFiles}). The master file ({@code hash.jpg}) is not served.
 */
@Controller
record MediaController(ServedFiles files) {

    static final Pattern NAME = Pattern.compile("[0-9a-f]{20}-(?:[0-9]{1,4}\\.(?:jpg|webp)|(?:share|wide|standard|square)-f[0-9]{6}\\.jpg)");
    static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @GetMapping(PictureView.PATH + "{name}")
    ResponseEntity<byte[]> file(@PathVariable String name, ServletWebRequest request, HttpServletResponse response) {
        if (!NAME.matcher(name).matches()) {
            throw new PageNotFoundException("picture file " + name);
        }
        String etag = '"' + name + '"';
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.checkNotModified(etag)) {
            response.setHeader("Cache-Control", IMMUTABLE.getHeaderValue());
            return null;
        }
        MediaFile file = files.get(name).orElseThrow(() -> new PageNotFoundException("picture file " + name));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(IMMUTABLE)
                .eTag(etag)
                .body(file.bytes());
    }

}
