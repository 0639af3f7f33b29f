package org.newsdesk.media;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's settings as Spring Boot binds them from properties or the environment, and the ones refused. */
class MediaStorePropertiesTests {

    static MediaStoreProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("newsdesk.media", MediaStoreProperties.class);
    }

    @Test
    void withoutSettingsPicturesAreKeptInPostgresql() {
        MediaStoreProperties properties = bind(Map.of());

        assertThat(properties.store()).isEqualTo(MediaStoreProperties.Store.POSTGRESQL);
        assertThat(properties.s3().prefix()).isEmpty();
        assertThat(properties.s3().pathStyle()).isFalse();
        assertThat(properties.s3().copyFromPostgresql()).isFalse();
    }

    @Test
    void anS3StoreIsBoundFromItsSettings() {
        MediaStoreProperties properties = bind(Map.of("newsdesk.media.store", "s3",
                "newsdesk.media.s3.endpoint", "https://minio.example.org:9000", "newsdesk.media.s3.region", "us-east-1",
                "newsdesk.media.s3.bucket", "pictures", "newsdesk.media.s3.path-style", "true",
                "newsdesk.media.s3.prefix", "newsdesk/"));

        assertThat(properties.store()).isEqualTo(MediaStoreProperties.Store.S3);
        assertThat(properties.s3()).isEqualTo(new MediaStoreProperties.S3("https://minio.example.org:9000", "us-east-1",
                "pictures", true, "newsdesk/", false));
    }

    @Test
    void s3WithoutABucketIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("newsdesk.media.store", "s3", "newsdesk.media.s3.bucket", " ")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("newsdesk.media.s3.bucket");
    }

    @Test
    void copyingFromPostgresqlIntoAStoreThatIsNotS3IsRefused() {
        assertThatThrownBy(() -> bind(Map.of("newsdesk.media.s3.copy-from-postgresql", "true")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("needs newsdesk.media.store=s3");
    }

    @Test
    void anUnknownStoreIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("newsdesk.media.store", "filesystem"))).isInstanceOf(BindException.class);
    }
}
