package org.newsdesk.news;

/** Someone saved the item after the editor opened it: their save is refused, nothing is overwritten. */
public class StaleItemException extends RuntimeException {

    public StaleItemException(long id) {
        super("Item " + id + " changed since the form was opened", null, false, false);
    }
}
