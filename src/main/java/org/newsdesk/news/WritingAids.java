package org.newsdesk.news;

import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The counters of the item form, as {@code writing} in its model: the summary's limit (the
 * entity's, which {@link ItemText.Summary} enforces) and the body's words and reading time. The
 * page shows them as saved; {@code static/js/item-form.js} counts the same way as the editor types.
 */
@ControllerAdvice(assignableTypes = {NewsAdminController.class, ItemWorkingCopyController.class})
public class WritingAids {

    /** A word is a run of non-space characters with at least one letter or digit (Markdown's "-" or "##" are not words). */
    private static final Pattern WORD = Pattern.compile("\\S*[\\p{L}\\p{N}]\\S*");

    @ModelAttribute("writing")
    Limits writing() {
        return new Limits(NewsItem.SUMMARY_MAX_LENGTH, Counts.WORDS_PER_MINUTE);
    }

    /**
     * @param summaryMaxLength the summary's limit, in characters
     * @param wordsPerMinute the reading speed the reading time assumes
     */
    public record Limits(int summaryMaxLength, int wordsPerMinute) {

        public Counts count(String text) {
            return Counts.of(text);
        }
    }

    /** A body's words and the whole minutes it takes to read (at least one for any text). */
    public record Counts(long words, long minutes) {

        static final int WORDS_PER_MINUTE = 220;

        public static Counts of(String text) {
            long words = text == null ? 0 : WORD.matcher(text).results().count();
            return new Counts(words, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        }
    }
}
