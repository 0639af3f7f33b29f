package org.newsdesk.news.tags;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.newsdesk.site.PlainText;
import org.newsdesk.site.Slugs;

/**
 * A tag's name and slug as an editor types them on the rename form; trimmed. An empty slug means
 * "make it from the name". Public so that templates can read it.
 */
public record TagForm(
        @NotBlank(message = "{admin.tags.name.required}")
        @Size(max = Tag.NAME_MAX_LENGTH, message = "{admin.tags.name.tooLong}")
        @PlainText(message = "{admin.tags.name.controlCharacters}")
        String name,
        @Size(max = Slugs.MAX_LENGTH, message = "{admin.tags.slug.tooLong}")
        String slug) {

    public TagForm {
        name = name == null ? null : name.strip();
        slug = slug == null ? null : slug.strip();
    }

    static TagForm of(TagAdminRow tag) {
        return new TagForm(tag.name(), tag.slug());
    }
}
