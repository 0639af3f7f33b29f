package org.newsdesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Anything a visitor asked for that is not there: an unknown slug, a page past the last, month 13. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String what) {
        super(what, null, false, false);
    }
}
