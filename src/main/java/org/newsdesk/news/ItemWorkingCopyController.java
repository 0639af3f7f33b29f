package org.newsdesk.news;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

import org.newsdesk.news.ItemWorkingCopies.WorkingCopy;
import org.newsdesk.news.ItemWorkingCopies.WorkingText;
import org.newsdesk.site.SiteTime;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Nothing lost while writing: the item form's script sends every field of the form here every few seconds
 * ({@code POST …/working-copy}, 204), and the form offers it back ({@link WritingAids}): restoring
 * shows the form with that text on the version of the item it was typed over, so that saving it
 * over a colleague's newer save is refused like any stale save (the conflict screen, both texts);
 * discarding removes it. A save of the item removes it too ({@link WorkingCopyCleanup}).
 */
@Controller
@RequestMapping("/admin/items")
record ItemWorkingCopyController(ItemWorkingCopies copies, NewsEditor editor, ItemFormPage formPage,
                                 ItemNotices notices, SiteTime siteTime) {

    private static final String ID = "/{id:[0-9]{1,18}}";
    private static final String TOKEN = "/new/working-copy/{token:[0-9a-f-]{36}}";

    @PostMapping(ID + "/working-copy")
    ResponseEntity<Void> keep(@PathVariable long id, @RequestParam(defaultValue = "") String version, Principal user,
                              @ModelAttribute WorkingText text) {
        if (!version.matches("[0-9]{1,18}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No version");
        }
        if (!copies.keep(user.getName(), fitting(text), id, Long.parseLong(version))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No item " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/working-copy")
    ResponseEntity<Void> keepNew(@RequestParam(name = NewsAdminController.CREATION_TOKEN, defaultValue = "") String token,
                                 Principal user, @ModelAttribute WorkingText text) {
        UUID formToken = ItemCreationTokens.parse(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "No form token"));
        copies.keep(user.getName(), fitting(text), formToken);
        return ResponseEntity.noContent().build();
    }

    /** The form with the kept text, on the version it was typed over, and a word if someone saved since. */
    @GetMapping(ID + "/working-copy")
    String restore(@PathVariable long id, Principal user, Model model) {
        SavedItem item = editor.find(id);
        Optional<WorkingCopy> kept = copies.of(user.getName(), id);
        if (kept.isEmpty()) {
            return "redirect:/admin/items/" + id;
        }
        WorkingCopy copy = kept.get();
        model.addAttribute("restoredCopy", siteTime.local(copy.savedAt()));
        if (copy.baseVersion() != item.version()) {
            model.addAttribute("savedSinceCopy", notices.conflict(item));
        }
        NewsItemForm form = NewsItemForm.of(item, siteTime.zone()).withKept(copy.text(), String.valueOf(copy.baseVersion()));
        return formPage.show(model, form, item);
    }

    @PostMapping(ID + "/working-copy/discard")
    String discard(@PathVariable long id, Principal user) {
        copies.discard(user.getName(), id);
        return "redirect:/admin/items/" + id;
    }

    /** A new item's kept text, in the form it was typed in (its creation token: saving it still creates once). */
    @GetMapping(TOKEN)
    String restoreNew(@PathVariable String token, Principal user, Model model) {
        Optional<WorkingCopy> kept = ItemCreationTokens.parse(token).flatMap(formToken -> copies.of(user.getName(), formToken));
        if (kept.isEmpty()) {
            return "redirect:/admin/items/new";
        }
        WorkingCopy copy = kept.get();
        model.addAttribute("restoredCopy", siteTime.local(copy.savedAt()));
        model.addAttribute(NewsAdminController.CREATION_TOKEN, token);
        return formPage.show(model, NewsItemForm.empty(editor.languageOrDefault(null)).withKept(copy.text(), ""), null);
    }

    @PostMapping(TOKEN + "/discard")
    String discardNew(@PathVariable String token, Principal user) {
        ItemCreationTokens.parse(token).ifPresent(formToken -> copies.discard(user.getName(), formToken));
        return "redirect:/admin/items/new";
    }

    private static WorkingText fitting(WorkingText text) {
        if (!text.fits()) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "Text too long to keep");
        }
        return text;
    }
}
