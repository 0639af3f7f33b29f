package org.newsdesk.media;

import org.newsdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

/** The default store, PostgreSQL's {@code media_files}, keeps the contract every store keeps. */
class DatabaseMediaStoreIT extends IntegrationTest implements MediaStoreContract {

    @Autowired
    MediaStore store;

    @Override
    public MediaStore store() {
        return store;
    }
}
