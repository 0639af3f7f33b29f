package org.newsdesk.media;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No picture with that id (deleted meanwhile, or never there): a 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PictureNotFoundException extends RuntimeException {

    public PictureNotFoundException() {
        super("No such picture", null, false, false);
    }
}
