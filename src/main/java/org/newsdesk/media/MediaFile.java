package org.newsdesk.media;

/** One stored file: its bytes and their type. */
record MediaFile(String contentType, byte[] bytes) {
}
