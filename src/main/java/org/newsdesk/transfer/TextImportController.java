package org.newsdesk.transfer;

import java.util.List;

import org.newsdesk.accounts.CurrentUser;
import org.newsdesk.site.Language;
import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/transfer/text}: the customer's old news page as plain text, pasted or uploaded,
 * shown as a preview and created only when the editor confirms. The text travels in a hidden
 * field, so nothing is kept on the server in between.
 */
@Controller
@RequestMapping("/admin/transfer/text")
record TextImportController(TextImport textImport, SiteProperties site) {

    /**
     * The language of the items to create ({@code language}: en or es; none or anything else is the
     * site's language, as for new items), kept through preview and edit.
     */
    @ModelAttribute("importLanguage")
    String importLanguage(@RequestParam(required = false) String language) {
        Language chosen = Language.ofCode(language);
        return (chosen == null ? site.language() : chosen).code();
    }

    /** Whether to link each item to its translation by date and position ({@code twins=yes}), kept through preview and edit. */
    @ModelAttribute("linkTwins")
    boolean linkTwins(@RequestParam(required = false) String twins) {
        return "yes".equals(twins);
    }

    /** Reads the pasted text or the uploaded file and shows what would be created. */
    @PostMapping
    ModelAndView preview(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
                         @RequestParam(name = "as", required = false) String as) {
        String source = text == null ? "" : text;
        String status = publishedOrDraft(as);
        try {
            if (file != null && !file.isEmpty()) {
                source = textImport.read(file);
            }
            TextImport.Preview preview = textImport.preview(source);
            return new ModelAndView("admin/transfer/preview")
                    .addObject("text", source)
                    .addObject("as", status)
                    .addObject("rows", preview.rows())
                    .addObject("toCreate", preview.toCreate())
                    .addObject("skipped", preview.skipped())
                    .addObject("problems", preview.problems());
        }
        catch (TextImport.Refused refused) {
            return TransferPageController.page(source, status, refused.getMessage(), List.of());
        }
    }

    /** Back from the preview to the text, to correct it. */
    @PostMapping("/edit")
    ModelAndView edit(@RequestParam(required = false) String text, @RequestParam(name = "as", required = false) String as) {
        return TransferPageController.page(text == null ? "" : text, publishedOrDraft(as), null, List.of());
    }

    /**
     * Creates the items of the text the editor saw in the preview. The text is read again, and
     * items already on the site (same title, same date) are skipped again, so a second click, a
     * reload or a second import of the same text creates nothing twice.
     */
    @PostMapping("/confirm")
    ModelAndView confirm(@RequestParam(required = false) String text, @RequestParam(name = "as", required = false) String as,
                         @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn,
                         @ModelAttribute(name = "importLanguage", binding = false) String language,
                         @ModelAttribute(name = "linkTwins", binding = false) boolean linkTwins,
                         RedirectAttributes redirect) {
        String source = text == null ? "" : text;
        String status = publishedOrDraft(as);
        try {
            redirect.addFlashAttribute("flash", textImport.create(source, status.equals("published"), language, linkTwins,
                    signedIn.displayName()));
            return new ModelAndView("redirect:/admin/items");
        }
        catch (TextImport.Refused refused) {
            return TransferPageController.page(source, status, refused.getMessage(), List.of());
        }
    }

    private static String publishedOrDraft(String as) {
        return "published".equals(as) ? "published" : "draft";
    }
}
