package org.newsdesk.media;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default store: files as {@code bytea} rows of {@code media_files}, so the embedded database
 * needs nothing more, every instance sees them, and a database backup holds the pictures. Writes
 * join the caller's transaction: a picture's row and its files are committed together. Chosen by
 * {@link MediaStoreConfig} ({@code newsdesk.media.store=postgresql}, the default).
 */
record DatabaseMediaStore(JdbcClient jdbc) implements MediaStore {

    @Override
    public void put(String key, String contentType, byte[] bytes) {
        jdbc.sql("""
                insert into media_files (key, content_type, bytes) values (?, ?, ?)
                on conflict (key) do update set content_type = excluded.content_type, bytes = excluded.bytes
                """)
                .params(key, contentType, bytes)
                .update();
    }

    @Override
    public Optional<MediaFile> get(String key) {
        return jdbc.sql("select content_type, bytes from media_files where key = ?")
                .param(key)
                .query((rs, row) -> new MediaFile(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    @Override
    public Set<String> keys(String prefix) {
        return new LinkedHashSet<>(jdbc.sql("select key from media_files where key like ? order by key")
                .param(prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .query(String.class)
                .list());
    }

    @Override
    public java.util.Map<String, Long> sizes(Collection<String> keys) {
        java.util.Map<String, Long> sizes = new java.util.LinkedHashMap<>();
        jdbc.sql("select key, octet_length(bytes) from media_files where key = any(?)")
                .param(keys.toArray(String[]::new))
                .query((rs, row) -> sizes.put(rs.getString(1), rs.getLong(2)))
                .list();
        return sizes;
    }

    @Override
    public void delete(Collection<String> keys) {
        if (!keys.isEmpty()) {
            jdbc.sql("delete from media_files where key = any(?)")
                    .param(keys.toArray(String[]::new))
                    .update();
        }
    }
}
