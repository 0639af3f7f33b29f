package org.newsdesk.media;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Where pictures' files live, so that every instance of the site reads the same ones: PostgreSQL
 * by default ({@link DatabaseMediaStore}). Keys are file names such as
 * {@code 3f…-640.webp}; a key's bytes never change once written (content-hashed names).
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
