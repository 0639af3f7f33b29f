package org.newsdesk.site;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Slug}. Public only because Bean Validation creates it by reflection. */
public class SlugValidator implements ConstraintValidator<Slug, String> {

    private boolean allowEmpty;

    @Override
    public void initialize(Slug annotation) {
        this.allowEmpty = annotation.allowEmpty();
    }

    @Override
    public boolean isValid(String slug, ConstraintValidatorContext context) {
        return slug == null || allowEmpty && slug.isEmpty() || Slugs.isValid(slug);
    }
}
