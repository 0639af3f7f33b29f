package org.newsdesk.admin;

import org.newsdesk.system.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An upload over the multipart limit fails before any controller runs, so it cannot be answered
 * next to the form's field. The only uploads are the imports: send the editor back there with a
 * message rather than to an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final MessageSource messages;
    private final SiteProperties site;

    UploadLimitAdvice(MessageSource messages, SiteProperties site) {
        this.messages = messages;
        this.site = site;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", messages.getMessage("admin.transfer.json.tooLarge", null, site.locale()));
        return "redirect:/admin/transfer";
    }
}
