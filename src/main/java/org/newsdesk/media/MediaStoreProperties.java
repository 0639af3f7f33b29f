package org.newsdesk.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where pictures' files are stored ({@link MediaStoreConfig}); pictures' other settings are
 * {@link MediaProperties}. Checked at start: {@code s3} without a bucket does not start.
 *
 * @param store {@code postgresql} (the default) or {@code s3}
 * @param s3 the S3-compatible object store, when {@code store} is {@code s3}
 */
@ConfigurationProperties("newsdesk.media")
record MediaStoreProperties(@DefaultValue("postgresql") Store store, @DefaultValue S3 s3) {

    MediaStoreProperties {
        if (store == Store.S3 && (s3 == null || s3.bucket() == null || s3.bucket().isBlank())) {
            throw new IllegalArgumentException("newsdesk.media.store=s3 needs the bucket to keep pictures in: "
                    + "set newsdesk.media.s3.bucket (NEWSDESK_MEDIA_S3_BUCKET)");
        }
        if (store != Store.S3 && s3 != null && s3.copyFromPostgresql()) {
            throw new IllegalArgumentException("newsdesk.media.s3.copy-from-postgresql copies pictures' files into the "
                    + "S3 store: it needs newsdesk.media.store=s3");
        }
    }

    enum Store {
        /** Files as rows of {@code media_files} ({@link DatabaseMediaStore}): a database backup holds them. */
        POSTGRESQL,
        /** Files as objects of an S3-compatible object store ({@link S3MediaStore}). */
        S3
    }

    /**
     * An S3-compatible object store. Credentials are never settings: the AWS SDK's default chain
     * finds them (environment {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, the
     * profile files, the container's or the instance's role).
     *
     * @param endpoint the server's address ({@code https://minio.example.org:9000}); empty for AWS S3 itself
     * @param region the region requests are signed for; empty takes the SDK's ({@code AWS_REGION}, the profile, the instance)
     * @param bucket the bucket (it must exist)
     * @param pathStyle addresses as {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key} (MinIO, Ceph)
     * @param prefix put before every key ({@code newsdesk/}), so that the bucket can hold other things too
     * @param copyFromPostgresql at start, copy the files kept in PostgreSQL that the bucket lacks ({@link MediaFilesCopy})
     */
    record S3(String endpoint, String region, String bucket, @DefaultValue("false") boolean pathStyle,
              @DefaultValue("") String prefix, @DefaultValue("false") boolean copyFromPostgresql) {
    }
}
