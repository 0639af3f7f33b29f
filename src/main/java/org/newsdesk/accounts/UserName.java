package org.newsdesk.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.newsdesk.site.PlainText;

/**
 * A user's name as colleagues know it, the same on every form that takes one (a new user, a
 * user's details): required, one line, at most {@value User#DISPLAY_NAME_MAX_LENGTH} characters.
 * A composed constraint: each constraint on it reports with its own message.
 */
@NotBlank(message = "{admin.users.name.required}")
@Size(max = User.DISPLAY_NAME_MAX_LENGTH, message = "{admin.users.name.tooLong}")
@PlainText(message = "{admin.users.name.controlCharacters}")
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UserName {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
