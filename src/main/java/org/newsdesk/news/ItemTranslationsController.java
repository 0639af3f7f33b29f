package org.newsdesk.news;

import org.newsdesk.accounts.CurrentUser;
import org.newsdesk.site.Messages;
import org.newsdesk.site.RefusedException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An item's translation ({@code /admin/items/{id}/translation}): what it is, "Translate" (a new
 * draft in the other language, linked), linking an existing item by choosing it or giving its
 * address, and unlinking. The rules are {@link ItemTranslations}'; a refusal is shown next to the
 * field it concerns, or as a message.
 */
@Controller
@RequestMapping("/admin/items/{id:[0-9]{1,18}}/translation")
record ItemTranslationsController(ItemTranslations translations, Messages messages) {

    @GetMapping
    ModelAndView show(@PathVariable long id) {
        return page(id, null, "");
    }

    @PostMapping("/translate")
    String translate(@PathVariable long id, @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn,
                     RedirectAttributes redirect) {
        try {
            SavedItem draft = translations.translate(id, signedIn.displayName());
            redirect.addFlashAttribute("flash", messages.get("admin.translation.translated",
                    messages.get("admin.items.language.inline." + draft.language().code())));
            return "redirect:/admin/items/" + draft.id();
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(ItemRefusalMessages.ITEMS.message(refused)));
            return "redirect:/admin/items/" + id + "/translation";
        }
    }

    /** {@code address} (an id, a slug or an address), if given, else the item chosen from the list. */
    @PostMapping("/link")
    Object link(@PathVariable long id, @RequestParam(required = false) String candidate,
                @RequestParam(required = false) String address, RedirectAttributes redirect) {
        String other = address != null && !address.isBlank() ? address : candidate == null ? "" : candidate;
        try {
            SavedItem linked = translations.link(id, other);
            redirect.addFlashAttribute("flash", messages.get("admin.translation.linked", linked.title()));
            return "redirect:/admin/items/" + id + "/translation";
        }
        catch (RefusedException refused) {
            return page(id, messages.get(ItemRefusalMessages.ITEMS.message(refused)), address == null ? "" : address.strip());
        }
    }

    @PostMapping("/unlink")
    String unlink(@PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("flash", messages.get("admin.translation.unlinked", translations.unlink(id).title()));
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(ItemRefusalMessages.ITEMS.message(refused)));
        }
        return "redirect:/admin/items/" + id + "/translation";
    }

    private ModelAndView page(long id, String linkError, String address) {
        SavedItem item = translations.item(id);
        return new ModelAndView("admin/items/translation")
                .addObject("item", item)
                .addObject("translation", translations.translationOf(id).orElse(null))
                .addObject("candidates", translations.candidates(item.language().other()))
                .addObject("address", address)
                .addObject("linkError", linkError);
    }
}
