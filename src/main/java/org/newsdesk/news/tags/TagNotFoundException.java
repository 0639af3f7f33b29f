package org.newsdesk.news.tags;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class TagNotFoundException extends RuntimeException {

    TagNotFoundException() {
        super("No such tag", null, false, false);
    }
}
