package org.newsdesk.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * Plain text that may have line breaks (a summary, a note) but no other control character.
 * Every form and import that takes such text uses this, so the same text is accepted or refused everywhere.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = TextPatterns.NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLineText {

    String message() default "{text.error.controlCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
