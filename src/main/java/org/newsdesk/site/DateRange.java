package org.newsdesk.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The one range of dates an editor or an import may give an item (publication, first
 * publication, creation, change, an old slug's retirement): the years 1900 to 2200 in the site's
 * time zone. Outside it a date is a typing mistake or a broken file, not news; inside it every
 * archive and sitemap address has a four-digit year, and PostgreSQL can store every instant. The
 * item form ({@link #contains(LocalDate)}), both imports ({@link InRange}, the text import's date
 * lines) and a database {@code check} (V55, with a day's margin for any time zone) hold the same
 * bounds.
 */
public final class DateRange {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private DateRange() {
    }

    public static boolean contains(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Whether the instant falls in the years of the range, on the calendar of {@code zone}. */
    public static boolean contains(Instant instant, ZoneId zone) {
        // Far outside, compare instants first: atZone cannot take every instant Instant can.
        if (instant.isBefore(Instant.parse("1899-01-01T00:00:00Z")) || instant.isAfter(Instant.parse("2202-01-01T00:00:00Z"))) {
            return false;
        }
        return contains(LocalDate.ofInstant(instant, zone));
    }

    /** An instant within the range in the site's time zone; null passes (say {@code @NotNull} where a date is required). */
    @Documented
    @Constraint(validatedBy = InRangeValidator.class)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface InRange {

        String message() default "{dates.outOfRange}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /**
     * Checks {@link InRange} in the site's time zone. Public because Bean Validation creates it;
     * Spring's validator gives it the site's settings.
     */
    public static class InRangeValidator implements ConstraintValidator<InRange, Instant> {

        private final ZoneId zone;

        public InRangeValidator(SiteProperties site) {
            this.zone = site.timeZone();
        }

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || contains(value, zone);
        }
    }
}
