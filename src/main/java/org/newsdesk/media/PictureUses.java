package org.newsdesk.media;

import java.util.List;
import java.util.Set;

/**
 * What a module that uses pictures (news items, for their lead picture) tells the media library,
 * so that a picture in use is never deleted and says where it is used. The media module knows
 * nothing of those modules: they implement this.
 */
public interface PictureUses {

    /** Where a picture is used: a title and the editors' path to it. */
    List<Use> of(long pictureId);

    /** Every picture in use. */
    Set<Long> pictures();

    record Use(String title, String path) {
    }
}
