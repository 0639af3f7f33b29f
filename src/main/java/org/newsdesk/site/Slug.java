package org.newsdesk.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A slug as {@link Slugs#isValid} has it: words of lower-case letters and digits joined by single
 * hyphens, at most {@value Slugs#MAX_LENGTH} characters. Forms and imports check slugs with this,
 * so that a slug is accepted or refused by the same rule everywhere. Null is valid (say
 * {@code @NotNull} where it is not); the empty string only where {@link #allowEmpty()} says so.
 */
@Documented
@Constraint(validatedBy = SlugValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {

    /** The empty string is valid too: a form's empty slug asks for one made from the title. */
    boolean allowEmpty() default false;

    String message() default "{jakarta.validation.constraints.Pattern.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
