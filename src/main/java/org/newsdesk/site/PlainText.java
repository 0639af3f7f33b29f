package org.newsdesk.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text an editor typed, without control characters: by default one line (a title, a name), else
 * with line breaks (a summary, a note) or with line breaks and tabs (a Markdown body). Every form
 * and import that takes such text uses this, so the same text is accepted or refused everywhere;
 * the patterns are {@link TextPatterns}'. Null is valid (say {@code @NotBlank} where it is not).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** What the text may hold besides printable characters. */
    Allowing value() default Allowing.ONE_LINE;

    String message() default "{text.error.controlCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Allowing {
        ONE_LINE(TextPatterns.NO_CONTROL_CHARACTERS),
        LINE_BREAKS(TextPatterns.NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS),
        LINE_BREAKS_AND_TABS(TextPatterns.NO_CONTROL_CHARACTERS_BUT_LINES_AND_TABS);

        final Pattern pattern;

        Allowing(String regex) {
            this.pattern = Pattern.compile(regex);
        }
    }
}
