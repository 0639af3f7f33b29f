package org.newsdesk.site;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. Public only because Bean Validation creates it by reflection. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private PlainText.Allowing allowing;

    @Override
    public void initialize(PlainText annotation) {
        this.allowing = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return text == null || allowing.pattern.matcher(text).matches();
    }
}
