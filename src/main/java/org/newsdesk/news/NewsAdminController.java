package org.newsdesk.news;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.newsdesk.accounts.CurrentUser;
import org.newsdesk.news.tags.TagLink;
import org.newsdesk.seo.PageMeta;
import org.newsdesk.site.Language;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteTime;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.web.PageNumber;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' items: the list ({@code /admin/items}), one form for new and existing items whose
 * buttons save and move the item (draft, publish, schedule, return to draft, withdraw), deletion
 * of drafts, the preview, and the list of revisions (one revision and restoring it:
 * {@link ItemRevisionsController}). A form with a mistake or a conflicting edit is shown again with
 * everything typed; a successful save redirects (Post/Redirect/Get) with a text from {@link ItemNotices}.
 */
@Controller
@RequestMapping("/admin/items")
record NewsAdminController(NewsEditor editor, ItemIndex index, ItemNotices notices, ItemCreationTokens creationTokens,
        ItemFormPage formPage) {

    /** The hidden field of the new-item form that makes its save create one item however often it is sent. */
    static final String CREATION_TOKEN = "creationToken";

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String status, @RequestParam(required = false) String tag,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String language,
                      @RequestParam(required = false) String page) {
        ItemFilter filter = ItemFilter.of(status, tag, q, language);
        return new ModelAndView("admin/items/list")
                .addObject("filter", filter)
                .addObject("found", index.find(filter, page == null ? 1 : PageNumber.parse(page)))
                .addObject("states", ItemState.values())
                .addObject("languages", Language.values())
                .addObject("tags", index.tags());
    }

    @GetMapping("/new")
    String newItem(@RequestParam(required = false) String language, Model model) {
        model.addAttribute(CREATION_TOKEN, ItemCreationTokens.fresh());
        return showForm(model, NewsItemForm.empty(editor.languageOrDefault(language)), null);
    }

    /**
     * Creates the item once per form: the form's token ({@link ItemCreationTokens}) leads a second
     * send of the same form (a double click, a reload) to the item the first one made, with a
     * message, and the form shown again after a mistake keeps its token.
     */
    @PostMapping
    String create(@Valid @ModelAttribute("form") NewsItemForm typed, BindingResult result,
                  @RequestParam(required = false) String action, @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn, Model model,
                  @RequestParam(name = CREATION_TOKEN, required = false) String creationToken,
                  @RequestParam(required = false) MultipartFile leadPictureFile, RedirectAttributes redirect) {
        EditAction editAction = action(action);
        Optional<UUID> token = ItemCreationTokens.parse(creationToken);
        Optional<Long> made = creationTokens.itemMadeBy(token);
        if (made.isPresent()) {
            redirect.addFlashAttribute("flash", notices.alreadyCreated(editor.find(made.get())));
            return "redirect:/admin/items/" + made.get();
        }
        model.addAttribute(CREATION_TOKEN, token.map(UUID::toString).orElseGet(ItemCreationTokens::fresh));
        NewsItemForm form = formPage.leadPictures().upload(typed, leadPictureFile, result, signedIn.displayName());
        return save(form, result, null, model, redirect, () -> editor.find(creationTokens.createOnce(token,
                () -> editor.create(form.typed(), editAction, signedIn.displayName()).id())), editAction);
    }

    @GetMapping("/{id:[0-9]{1,18}}")
    String edit(@PathVariable long id, Model model) {
        return formPage.edit(model, editor.find(id));
    }

    @PostMapping("/{id:[0-9]{1,18}}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") NewsItemForm typed, BindingResult result,
                  @RequestParam(required = false) String action, @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn, Model model,
                  @RequestParam(required = false) MultipartFile leadPictureFile, RedirectAttributes redirect) {
        EditAction editAction = action(action);
        NewsItemForm form = formPage.leadPictures().upload(typed, leadPictureFile, result, signedIn.displayName());
        SavedItem item = editor.find(id);
        return save(form, result, item, model, redirect,
                () -> editor.update(id, form.versionNumber(), form.typed(), editAction, signedIn.displayName()), editAction);
    }

    @GetMapping("/{id:[0-9]{1,18}}/delete")
    ModelAndView confirmDelete(@PathVariable long id) {
        return new ModelAndView("admin/items/delete").addObject("item", editor.find(id));
    }

    @PostMapping("/{id:[0-9]{1,18}}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) String version, RedirectAttributes redirect) {
        return notices.change(id, version, "admin.items.deleteConflict", "/admin/items/" + id, redirect, expected -> {
            redirect.addFlashAttribute("flash", notices.deleted(editor.delete(id, expected)));
            return "redirect:/admin/items";
        });
    }

    /**
     * Saves the form unless it has mistakes; a refusal is shown next to its field, a conflicting
     * edit (someone saved the item since this editor opened it) side by side with what they saved.
     */
    private String save(NewsItemForm form, BindingResult result, SavedItem item, Model model,
                        RedirectAttributes redirect, Supplier<SavedItem> save, EditAction action) {
        form.check(result, item != null);
        if (result.hasErrors()) {
            return showForm(model, form, item);
        }
        try {
            SavedItem saved = save.get();
            redirect.addFlashAttribute("flash", notices.saved(saved, action));
            return "redirect:/admin/items/" + saved.id();
        }
        catch (StaleItemException | ObjectOptimisticLockingFailureException stale) {
            return showConflict(model, form, item.id());
        }
        catch (RefusedException refused) {
            ItemRefusalMessages.ITEMS.reject(result, refused);
        }
        catch (DataIntegrityViolationException raced) {
            // Two new items asked for the same slug or tag at the same moment: the database refused the second.
            result.reject("admin.items.error.raced");
        }
        return showForm(model, form, item);
    }

    private String showForm(Model model, NewsItemForm form, SavedItem item) {
        return formPage.show(model, form, item);
    }

    /**
     * Someone saved the item after this editor opened it. Nothing is saved; the form comes back
     * with the editor's text, the values now saved shown next to the fields that differ, and the
     * current version, so that the next save is a deliberate one over what they have now seen.
     */
    private String showConflict(Model model, NewsItemForm form, long id) {
        SavedItem current = editor.find(id);
        model.addAttribute("conflict", notices.conflict(current));
        return showForm(model, form.withVersion(current.version()), current);
    }

    private static EditAction action(String button) {
        return EditAction.ofButton(button).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action"));
    }
}
