package org.newsdesk.media;

/**
 * The store of pictures' files did not answer as it should (an object store unreachable, refusing
 * or failing): the state of a service, not a fault of the request that met it
 * ({@link MediaStoreUnavailableAdvice} answers it with the site's 503 page). A file that is not
 * there is no failure: {@link MediaStore#get} says so with an empty answer.
 */
class MediaStoreException extends RuntimeException {

    MediaStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
