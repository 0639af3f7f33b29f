package org.newsdesk.news;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.newsdesk.accounts.CurrentUser;
import org.newsdesk.seo.PageMeta;
import org.newsdesk.web.PageNotFoundException;
import org.newsdesk.web.PageNumber;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.news.tags.Tag;
import org.newsdesk.news.tags.TagRepository;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' items: the list ({@code /admin/items}), one form for new and existing items whose
 * buttons save and move the item (draft, publish, schedule, return to draft, withdraw), deletion
 * of drafts, the preview, and the history of revisions. A form with a mistake or a conflicting
 * edit is shown again with everything typed; a successful save redirects (Post/Redirect/Get).
 */
@Controller
@RequestMapping("/admin/items")
class NewsAdminController {

    private static final String FORM = "admin/items/form";
    private static final Map<String, EditAction> ACTIONS = Map.of(
            "save", EditAction.SAVE,
            "publish", EditAction.PUBLISH,
            "schedule", EditAction.SCHEDULE,
            "return-to-draft", EditAction.RETURN_TO_DRAFT,
            "withdraw", EditAction.WITHDRAW);

    private final NewsEditor editor;
    private final NewsItemPages pages;
    private final ItemIndex index;
    private final TagRepository tags;
    private final SiteProperties site;
    private final MessageSource messages;

    NewsAdminController(NewsEditor editor, NewsItemPages pages, ItemIndex index, TagRepository tags,
                        SiteProperties site, MessageSource messages) {
        this.editor = editor;
        this.pages = pages;
        this.index = index;
        this.tags = tags;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String status, @RequestParam(required = false) String tag,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String page) {
        ItemFilter filter = ItemFilter.of(status, tag, q);
        int number = page == null ? 1 : PageNumber.parse(page);
        return new ModelAndView("admin/items/list")
                .addObject("filter", filter)
                .addObject("found", index.find(filter, number))
                .addObject("states", ItemState.values())
                .addObject("tags", tags.findAll(Sort.by("name")));
    }

    @GetMapping("/new")
    String newItem(Model model) {
        return showForm(model, NewsItemForm.empty(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewsItemForm form, BindingResult result,
                  @RequestParam(required = false) String action, @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn, Model model,
                  RedirectAttributes redirect) {
        EditAction editAction = action(action);
        form.check(result, false);
        if (result.hasErrors()) {
            return showForm(model, form, null);
        }
        try {
            EditableItem saved = editor.create(form.toEdit(), editAction, signedIn.displayName());
            return savedRedirect(saved, editAction, redirect);
        }
        catch (RefusedException refused) {
            ItemRefusalMessages.ITEMS.reject(result, refused);
            return showForm(model, form, null);
        }
        catch (DataIntegrityViolationException raced) {
            // Two new items asked for the same slug or tag at the same moment: the database refused the second.
            result.reject("admin.items.error.raced");
            return showForm(model, form, null);
        }
    }

    @GetMapping("/{id:[0-9]{1,18}}")
    String edit(@PathVariable long id, Model model) {
        EditableItem item = editor.find(id);
        return showForm(model, NewsItemForm.of(item, site.timeZone()), item);
    }

    @PostMapping("/{id:[0-9]{1,18}}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") NewsItemForm form, BindingResult result,
                  @RequestParam(required = false) String action, @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn, Model model,
                  RedirectAttributes redirect) {
        EditAction editAction = action(action);
        EditableItem item = editor.find(id);
        form.check(result, true);
        if (result.hasErrors()) {
            return showForm(model, form, item);
        }
        try {
            EditableItem saved = editor.update(id, form.versionNumber(), form.toEdit(), editAction, signedIn.displayName());
            return savedRedirect(saved, editAction, redirect);
        }
        catch (StaleItemException | ObjectOptimisticLockingFailureException stale) {
            return showConflict(model, form, id);
        }
        catch (RefusedException refused) {
            ItemRefusalMessages.ITEMS.reject(result, refused);
            return showForm(model, form, item);
        }
        catch (DataIntegrityViolationException raced) {
            result.reject("admin.items.error.raced");
            return showForm(model, form, item);
        }
    }

    /** The item exactly as its public page will show it, for drafts and scheduled items too. */
    @GetMapping("/{id:[0-9]{1,18}}/preview")
    ModelAndView preview(@PathVariable long id) {
        NewsItemView item = pages.preview(id).orElseThrow(() -> new PageNotFoundException("No item " + id));
        EditableItem editable = editor.find(id);
        return new ModelAndView("news/show")
                .addObject("item", item)
                .addObject("meta", PageMeta.of(item.title(), item.summary(), item.href()).noindexed())
                .addObject("preview", new Preview(editable.state(), "/admin/items/" + id));
    }

    @GetMapping("/{id:[0-9]{1,18}}/delete")
    ModelAndView confirmDelete(@PathVariable long id) {
        return new ModelAndView("admin/items/delete").addObject("item", editor.find(id));
    }

    @PostMapping("/{id:[0-9]{1,18}}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) String version, RedirectAttributes redirect) {
        try {
            String title = editor.delete(id, parseVersion(version));
            redirect.addFlashAttribute("flash", message("admin.items.deleted", title));
            return "redirect:/admin/items";
        }
        catch (StaleItemException | ObjectOptimisticLockingFailureException stale) {
            EditableItem current = editor.find(id);
            redirect.addFlashAttribute("flashError", message("admin.items.deleteConflict", current.updatedBy(),
                    date(current.updatedAt()), time(current.updatedAt())));
            return "redirect:/admin/items/" + id;
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(ItemRefusalMessages.ITEMS.message(refused), site.locale()));
            return "redirect:/admin/items/" + id;
        }
    }

    @GetMapping("/{id:[0-9]{1,18}}/revisions/{number:[0-9]{1,9}}")
    ModelAndView revision(@PathVariable long id, @PathVariable int number) {
        EditableItem item = editor.find(id);
        RevisionView revision = RevisionView.of(editor.revision(id, number), site.timeZone());
        List<RevisionView> all = revisions(id);
        return new ModelAndView("admin/items/revision")
                .addObject("item", item)
                .addObject("revision", revision)
                .addObject("latest", all.get(0).number() == number);
    }

    @PostMapping("/{id:[0-9]{1,18}}/revisions/{number:[0-9]{1,9}}/restore")
    String restore(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) String version,
                   @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn, RedirectAttributes redirect) {
        try {
            editor.restore(id, number, parseVersion(version), signedIn.displayName());
            redirect.addFlashAttribute("flash", message("admin.revisions.restored", number));
            return "redirect:/admin/items/" + id;
        }
        catch (StaleItemException | ObjectOptimisticLockingFailureException stale) {
            EditableItem current = editor.find(id);
            redirect.addFlashAttribute("flashError", message("admin.revisions.restoreConflict", current.updatedBy(),
                    date(current.updatedAt()), time(current.updatedAt())));
            return "redirect:/admin/items/" + id + "/revisions/" + number;
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(ItemRefusalMessages.ITEMS.message(refused), site.locale()));
            return "redirect:/admin/items/" + id + "/revisions/" + number;
        }
    }

    private List<RevisionView> revisions(long id) {
        return editor.revisions(id).stream().map(revision -> RevisionView.of(revision, site.timeZone())).toList();
    }

    private String showForm(Model model, NewsItemForm form, EditableItem item) {
        model.addAttribute("form", form);
        model.addAttribute("item", item);
        model.addAttribute("tagNames", tags.findAll(Sort.by("name")).stream().map(Tag::getName).toList());
        model.addAttribute("revisions", item == null ? List.of() : revisions(item.id()));
        model.addAttribute("lastChange", item == null ? null
                : item.updatedAt().truncatedTo(ChronoUnit.SECONDS).atZone(site.timeZone()).toOffsetDateTime());
        model.addAttribute("zone", site.timeZone().getId());
        return FORM;
    }

    /**
     * Someone saved the item after this editor opened it. Nothing is saved; the form comes back
     * with the editor's text, the values now saved shown next to the fields that differ, and the
     * current version, so that the next save is a deliberate one over what they have now seen.
     */
    private String showConflict(Model model, NewsItemForm form, long id) {
        EditableItem current = editor.find(id);
        NewsItemForm saved = NewsItemForm.of(current, site.timeZone());
        model.addAttribute("conflict", new Conflict(current.updatedBy(), date(current.updatedAt()),
                time(current.updatedAt()), saved));
        return showForm(model, form.withVersion(current.version()), current);
    }

    private String savedRedirect(EditableItem saved, EditAction action, RedirectAttributes redirect) {
        String when = saved.publishedAt() == null ? "" : date(saved.publishedAt());
        String at = saved.publishedAt() == null ? "" : time(saved.publishedAt());
        String key = switch (action) {
            case SAVE -> "admin.items.saved." + saved.state().key();
            case PUBLISH -> "admin.items.published";
            case SCHEDULE -> "admin.items.scheduled";
            case RETURN_TO_DRAFT -> "admin.items.returnedToDraft";
            case WITHDRAW -> "admin.items.withdrawn";
        };
        redirect.addFlashAttribute("flash", message(key, saved.title(), when, at, saved.href()));
        return "redirect:/admin/items/" + saved.id();
    }

    private static EditAction action(String action) {
        if (action == null || action.isBlank()) {
            // Enter in a text field submits with the form's first button, which is "save"; a missing value means the same.
            return EditAction.SAVE;
        }
        EditAction found = ACTIONS.get(action);
        if (found == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action");
        }
        return found;
    }

    /** A missing or mangled version is treated as an old one: it never overwrites anything. */
    private static long parseVersion(String version) {
        return version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ofPattern(messages.getMessage("date.pattern", null, site.locale()), site.locale())
                .format(instant.atZone(site.timeZone()));
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(instant.atZone(site.timeZone()));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, site.locale());
    }

    /** Who saved the item in between, when, and the values they saved. */
    record Conflict(String changedBy, String date, String time, NewsItemForm saved) {
    }

    /** Tells the public item template that it shows a preview, and of what. */
    record Preview(ItemState state, String editHref) {
    }
}
