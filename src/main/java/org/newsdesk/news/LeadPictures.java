package org.newsdesk.news;

import java.util.ArrayList;
import java.util.List;

import org.newsdesk.media.PictureRefusalMessages;
import org.newsdesk.media.PictureUses;
import org.newsdesk.media.PictureView;
import org.newsdesk.media.Pictures;
import org.newsdesk.site.RefusedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import java.util.HashSet;
import java.util.Set;

/**
 * Items' lead pictures, for the item form (the library's pictures to choose from, a picture
 * uploaded with the form) and for the media library (which items use a picture, as their lead
 * picture or placed in their text: it cannot be deleted while they do).
 */
@Component
record LeadPictures(Pictures library, JdbcClient jdbc) implements PictureUses {

    /** How many of the library's newest pictures the item form offers. */
    static final int CHOICES = 60;

    /**
     * Keeps a picture uploaded from the item form (before the item is saved, so that it is not lost
     * if the item's save is refused) and makes it the lead picture; a refusal is shown next to the
     * field, and everything else typed stays in the form.
     */
    NewsItemForm upload(NewsItemForm form, MultipartFile file, BindingResult result, String editor) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
            return form;
        }
        try {
            return form.withLeadPicture(library.upload(new Pictures.Upload(file.getSize(), file), editor).id());
        }
        catch (RefusedException refused) {
            result.rejectValue("leadPicture", PictureRefusalMessages.PICTURES.messageKey(refused), refused.arguments(), null);
            return form;
        }
    }

    /** The pictures the form offers: the chosen one first, then the library's newest. */
    List<PictureView> choices(Long chosen) {
        List<PictureView> choices = new ArrayList<>();
        if (chosen != null) {
            library.find(chosen).ifPresent(choices::add);
        }
        library.library(null, false, CHOICES).stream().filter(picture -> chosen == null || picture.id() != chosen).forEach(choices::add);
        return choices;
    }

    @Override
    public List<Use> of(long pictureId) {
        // As the lead picture, or placed in the text (the sanitised HTML names it exactly so: see ItemPictures).
        return jdbc.sql("select id, title from news_items where lead_picture_id = ? or strpos(body_html, ?) > 0 order by id")
                .params(pictureId, "<img src=\"" + ItemPictures.SCHEME + pictureId + "\"")
                .query((rs, row) -> new Use(rs.getString(2), "/admin/items/" + rs.getLong(1)))
                .list();
    }

    @Override
    public Set<Long> pictures() {
        return new HashSet<>(jdbc.sql("""
                select lead_picture_id from news_items where lead_picture_id is not null
                union
                select cast((regexp_matches(body_html, '<img src="media:(\\d{1,18})"', 'g'))[1] as bigint)
                from news_items where strpos(body_html, '<img src="media:') > 0
                """).query(Long.class).list());
    }
}
