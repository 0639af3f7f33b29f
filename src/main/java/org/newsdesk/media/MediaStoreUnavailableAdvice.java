package org.newsdesk.media;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request that met a failing picture store (an object store that does not answer, say) is
 * answered with the site's own 503 page and {@code Retry-After}, and logged as one WARN line
 * without a stack trace, as a database that does not answer is ({@code web.DatabaseUnavailableFilter}):
 * it is the store's state, not the request's fault, and a stack trace per picture of every page
 * would bury everything else.
 */
@ControllerAdvice
class MediaStoreUnavailableAdvice {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(MediaStoreUnavailableAdvice.class);
    private static final int LOGGED_PATH_LENGTH = 200;

    @ExceptionHandler(MediaStoreException.class)
    void unavailable(MediaStoreException failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        log.warn("Answered {} {} with 503: {}", request.getMethod(),
                path.length() > LOGGED_PATH_LENGTH ? path.substring(0, LOGGED_PATH_LENGTH) : path, failure.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
