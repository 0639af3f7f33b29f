package org.newsdesk.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one store of pictures' files, as {@code newsdesk.media.store} says. */
@Configuration(proxyBeanMethods = false)
class MediaStoreConfig {

    /** An S3 store's client is closed with the application context (the bean's inferred {@code close}). */
    @Bean
    MediaStore mediaStore(MediaStoreProperties properties, JdbcClient jdbc) {
        return switch (properties.store()) {
            case POSTGRESQL -> new DatabaseMediaStore(jdbc);
            case S3 -> S3MediaStore.connect(properties.s3());
        };
    }
}
