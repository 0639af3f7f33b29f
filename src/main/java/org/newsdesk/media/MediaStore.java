package org.newsdesk.media;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Where pictures' files live, so that every instance of the site reads the same ones: PostgreSQL
 * by default ({@link DatabaseMediaStore}), or an S3-compatible object store ({@link S3MediaStore}),
 * as {@code newsdesk.media.store} says ({@link MediaStoreConfig}). Keys are file names such as
 * {@code 3f…-640.webp}; a key's bytes never change once written (content-hashed names). A delete
 * made within a transaction takes effect only if it commits. A store that fails throws
 * {@link MediaStoreException}; a file that is not there is no failure.
 */
interface MediaStore {

    void put(String key, String contentType, byte[] bytes);

    Optional<MediaFile> get(String key);

    /** The keys stored that start with {@code prefix} (a picture's hash). */
    Set<String> keys(String prefix);

    void delete(Collection<String> keys);

    /** The sizes in bytes of the files stored under these keys. */
    java.util.Map<String, Long> sizes(Collection<String> keys);
}
