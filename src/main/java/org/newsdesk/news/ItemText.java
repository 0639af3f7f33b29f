package org.newsdesk.news;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.newsdesk.site.PlainText;
import org.newsdesk.site.TextPatterns;

import static org.newsdesk.site.PlainText.Allowing.LINE_BREAKS;

/**
 * The limits of an item's title and summary, said once for every way text reaches an item: the
 * item form ({@link NewsItemForm}) and the import ({@link ItemSnapshot}). Each is a composed
 * constraint: the constraints on it report one by one, with their own messages.
 */
public final class ItemText {

    private ItemText() {
    }

    /** One line of text, required, at most {@value NewsItem#TITLE_MAX_LENGTH} characters. */
    @NotBlank(message = "{admin.items.error.title.required}")
    @Size(max = NewsItem.TITLE_MAX_LENGTH, message = "{admin.items.error.title.length}")
    @PlainText(message = "{admin.items.error.controlCharacters}")
    @Documented
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Title {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** One paragraph, required, at most {@value NewsItem#SUMMARY_MAX_LENGTH} characters. */
    @NotBlank(message = "{admin.items.error.summary.required}")
    @Size(max = NewsItem.SUMMARY_MAX_LENGTH, message = "{admin.items.error.summary.length}")
    @Pattern(regexp = TextPatterns.ONE_PARAGRAPH, message = "{admin.items.error.summary.oneParagraph}")
    @PlainText(value = LINE_BREAKS, message = "{admin.items.error.controlCharacters}")
    @Documented
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Summary {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
