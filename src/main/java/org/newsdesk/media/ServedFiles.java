package org.newsdesk.media;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The files pages ask for, small ones kept in memory within {@link MediaProperties#memoryCacheMaxBytes()}
 * so that a listing's thumbnails cost no database work. A file's bytes never change under its name;
 * a deleted picture's files are forgotten at once here and within ten minutes by other instances.
 */
@Component
class ServedFiles {

    private final MediaStore store;
    private final Cache<String, MediaFile> memory;
    private final long largestInMemory;

    ServedFiles(MediaStore store, MediaProperties properties) {
        this.store = store;
        this.largestInMemory = properties.memoryCacheMaxFile().toBytes();
        this.memory = Caffeine.newBuilder()
                .maximumWeight(properties.memoryCacheMaxBytes().toBytes())
                .weigher((String key, MediaFile file) -> file.bytes().length + key.length() + 64)
                .expireAfterWrite(Duration.ofMinutes(10))
                .build();
    }

    Optional<MediaFile> get(String name) {
        MediaFile file = memory.getIfPresent(name);
        if (file != null) {
            return Optional.of(file);
        }
        Optional<MediaFile> stored = store.get(name);
        stored.filter(found -> found.bytes().length <= largestInMemory).ifPresent(found -> memory.put(name, found));
        return stored;
    }

    void forget(Collection<String> names) {
        memory.invalidateAll(names);
    }
}
