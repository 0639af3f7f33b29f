package org.newsdesk.media;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.newsdesk.site.PlainText;

/**
 * A picture's details as an editor types them: alt text, caption, credit and the focal point (in
 * percent; set by clicking the picture, or typed without JavaScript). Public for templates.
 */
public record PictureForm(
        @Size(max = 300, message = "{media.error.altText.tooLong}") @PlainText String altText,
        @Size(max = 500, message = "{media.error.caption.tooLong}") @PlainText String caption,
        @Size(max = 200, message = "{media.error.credit.tooLong}") @PlainText String credit,
        @NotNull(message = "{media.error.focal}") @Min(value = 0, message = "{media.error.focal}") @Max(value = 100, message = "{media.error.focal}") Integer focalX,
        @NotNull(message = "{media.error.focal}") @Min(value = 0, message = "{media.error.focal}") @Max(value = 100, message = "{media.error.focal}") Integer focalY) {

    public PictureForm {
        altText = altText == null ? "" : altText.strip();
        caption = caption == null ? "" : caption.strip();
        credit = credit == null ? "" : credit.strip();
    }

    static PictureForm of(PictureView picture) {
        return new PictureForm(picture.altText(), picture.caption(), picture.credit(), picture.focalX(), picture.focalY());
    }

    Pictures.Details details() {
        return new Pictures.Details(altText, caption, credit, focalX, focalY);
    }
}
