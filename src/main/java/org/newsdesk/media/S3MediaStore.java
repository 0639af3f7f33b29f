package org.newsdesk.media;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pictures' files as objects of an S3-compatible object store (AWS S3, MinIO, Ceph, R2…), for
 * {@code newsdesk.media.store=s3}: every instance sees them, and the database holds only the
 * pictures' rows. Pages still take them from {@code /media/…} ({@link MediaController} reads them
 * through {@link ServedFiles}), so caching headers, ETags and one origin stay as with PostgreSQL.
 *
 * <p>An object store takes no part in the database's transactions. A put is done at once (should
 * the transaction roll back, the object stays, unused: its name is its content, so the same upload
 * writes the same object again). A delete waits for the transaction to commit, so that a rolled-back
 * deletion never leaves a picture's row without its files.
 *
 * <p>The SDK is set for servers other than AWS's too: path-style addresses when asked, and
 * checksums only where S3 requires them (none of the requests made here): since SDK 2.30 the
 * default is a CRC32 checksum on every upload, sent as a chunked trailer, which S3Proxy, older
 * MinIO and Ceph, and others refuse. Credentials come from the SDK's default chain only.
 */
final class S3MediaStore implements MediaStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3MediaStore.class);

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    /** Keys per listing request: S3's most, 1000, but for tests that make it list page after page. */
    private final int listPage;
    /** Files' sizes, for feeds' enclosures: a name's bytes never change, so neither does its size. */
    private final Cache<String, Long> sizes = Caffeine.newBuilder().maximumSize(20_000).build();

    S3MediaStore(S3Client s3, String bucket, String prefix, int listPage) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.listPage = listPage;
    }

    /**
     * A store on the configured bucket, checked before the site starts: no credentials, a bucket
     * that does not exist or one these credentials may not read stop the start with a message
     * saying so; a server that does not answer now is only logged (pages without pictures still work).
     */
    static S3MediaStore connect(MediaStoreProperties.S3 settings) {
        AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        try {
            credentials.resolveCredentials();
        }
        catch (SdkException e) {
            throw new IllegalStateException("newsdesk.media.store=s3 found no credentials for the object store: set "
                    + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile (AWS_PROFILE) or an instance role ("
                    + e.getMessage() + ")", e);
        }
        S3MediaStore store = new S3MediaStore(client(settings, credentials), settings.bucket().strip(), settings.prefix(), 1000);
        store.checkBucket(settings.endpoint());
        return store;
    }

    /** A client of the configured server, with these credentials. */
    static S3Client client(MediaStoreProperties.S3 settings, AwsCredentialsProvider credentials) {
        S3ClientBuilder builder = S3Client.builder()
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(3))
                        .socketTimeout(Duration.ofSeconds(20)))
                .overrideConfiguration(configuration -> configuration.apiCallTimeout(Duration.ofSeconds(30)))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        if (settings.region() != null && !settings.region().isBlank()) {
            builder.region(Region.of(settings.region().strip()));
        }
        return builder.build();
    }

    private void checkBucket(String endpoint) {
        String where = "bucket '" + bucket + "' at " + (endpoint == null || endpoint.isBlank() ? "AWS S3" : endpoint);
        try {
            s3.headBucket(request -> request.bucket(bucket));
        }
        catch (S3Exception e) {
            s3.close();
            throw new IllegalStateException(switch (e.statusCode()) {
                case 404 -> "The " + where + " does not exist (newsdesk.media.s3.bucket): create it first";
                case 401, 403 -> "The " + where + " refuses these credentials (HTTP " + e.statusCode() + ")";
                default -> "The " + where + " answered HTTP " + e.statusCode() + " (wrong region or endpoint?)";
            }, e);
        }
        catch (SdkClientException e) {
            log.warn("The {} does not answer now; pictures are served once it does: {}", where, e.getMessage());
        }
    }

    @Override
    public void put(String key, String contentType, byte[] bytes) {
        try {
            s3.putObject(request -> request.bucket(bucket).key(prefix + key).contentType(contentType), RequestBody.fromBytes(bytes));
        }
        catch (SdkException e) {
            throw failure("put", key, e);
        }
    }

    @Override
    public Optional<MediaFile> get(String key) {
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request -> request.bucket(bucket).key(prefix + key));
            String type = object.response().contentType();
            return Optional.of(new MediaFile(type == null ? "application/octet-stream" : type, object.asByteArrayUnsafe()));
        }
        catch (NoSuchKeyException e) {
            return Optional.empty();
        }
        catch (SdkException e) {
            throw failure("get", key, e);
        }
    }

    @Override
    public Set<String> keys(String start) {
        Set<String> keys = new LinkedHashSet<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix + start).maxKeys(listPage)).contents()) {
                keys.add(object.key().substring(prefix.length()));
                sizes.put(object.key().substring(prefix.length()), object.size());
            }
        }
        catch (SdkException e) {
            throw failure("list", start + "*", e);
        }
        return keys;
    }

    @Override
    public Map<String, Long> sizes(Collection<String> keys) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String key : keys) {
            Long size = sizes.getIfPresent(key);
            if (size == null) {
                size = size(key);
            }
            if (size != null) {
                found.put(key, size);
            }
        }
        return found;
    }

    private Long size(String key) {
        try {
            long size = s3.headObject(request -> request.bucket(bucket).key(prefix + key)).contentLength();
            sizes.put(key, size);
            return size;
        }
        catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw failure("head", key, e);
        }
        catch (SdkException e) {
            throw failure("head", key, e);
        }
    }

    /** Deletes at once, or once the caller's transaction has committed (never when it rolls back). */
    @Override
    public void delete(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> deleted = List.copyOf(keys);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deleteNow(deleted);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    deleteNow(deleted);
                }
                catch (MediaStoreException e) {
                    // Committed: the files are no longer used, only left behind.
                    log.warn("Files of a deleted picture are left in the object store: {}", e.getMessage());
                }
            }
        });
    }

    /**
     * One request per file: a picture has about twenty, deleted rarely, and the multi-object delete
     * is what S3-compatible servers support least (it requires a checksum header, which S3Proxy
     * and Ceph refuse in the SDK's CRC32 form, and Google Cloud Storage has no such request).
     */
    private void deleteNow(List<String> keys) {
        sizes.invalidateAll(keys);
        for (String key : keys) {
            try {
                s3.deleteObject(request -> request.bucket(bucket).key(prefix + key));
            }
            catch (SdkException e) {
                throw failure("delete", key, e);
            }
        }
    }

    private MediaStoreException failure(String operation, String key, SdkException e) {
        return new MediaStoreException("The object store failed to " + operation + " " + key + " in bucket " + bucket + ": "
                + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        s3.close();
    }
}
