package org.newsdesk.pings;

import java.nio.charset.StandardCharsets;

import org.newsdesk.web.PageNotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /{key}.txt}: the IndexNow key file, which proves to search engines that whoever submits
 * URLs for this host controls it. Any other name, or IndexNow switched off, is a 404.
 */
@Controller
record IndexNowKeyController(PingProperties properties) {

    @GetMapping("/{key}.txt")
    ResponseEntity<String> key(@PathVariable String key) {
        if (!properties.enabled(Channel.INDEXNOW) || !key.equals(properties.indexnowKey())) {
            throw new PageNotFoundException("No file " + key + ".txt");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(properties.indexnowKey());
    }
}
