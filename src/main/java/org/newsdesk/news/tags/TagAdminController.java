package org.newsdesk.news.tags;

import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.newsdesk.site.Language;
import org.newsdesk.site.RefusedException;
import org.newsdesk.news.NewsLinks;
import org.newsdesk.site.Messages;
import org.newsdesk.web.RefusalMessages;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' tags screen ({@code /admin/tags}): every tag with its counts; rename, merge (after
 * a confirmation page, reached by GET so that it changes nothing) and delete. Changes are POSTs
 * that redirect with a flash message; a refused one shows the form again with what was typed.
 */
@Controller
@RequestMapping("/admin/tags")
record TagAdminController(TagAdministration tags, TopicTranslations spanish, Messages messages) {

    private static final RefusalMessages<TagRefusal> REFUSALS = RefusalMessages.of(TagRefusal.class, reason -> switch (reason) {
        case NAME_TAKEN -> "admin.tags.name.taken";
        case NAME_WITHOUT_LETTERS -> "admin.tags.name.noLetters";
        case SLUG_INVALID -> "admin.tags.slug.invalid";
        case SLUG_TAKEN -> "admin.tags.slug.taken";
        case MERGE_INTO_ITSELF -> "admin.tags.merge.same";
        case MERGE_TARGET_GONE -> "admin.tags.merge.gone";
        case DELETE_IN_USE -> "admin.tags.delete.inUse";
    });

    @GetMapping
    ModelAndView list() {
        return new ModelAndView("admin/tags/list").addObject("tags", tags.list());
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable String id) {
        TagAdminRow tag = tags.find(parseId(id));
        return editPage(tag, TagForm.of(tag));
    }

    @PostMapping("/{id}")
    ModelAndView rename(@PathVariable String id, @Valid @ModelAttribute("form") TagForm form, BindingResult errors,
                        RedirectAttributes redirect) {
        TagAdminRow before = tags.find(parseId(id));
        return saved(errors, () -> {
            String slug = tags.rename(before.id(), form.name(), form.slug());
            String key = slug.equals(before.slug()) ? "admin.tags.renamed" : "admin.tags.renamedAndMoved";
            redirect.addFlashAttribute("flash", messages.get(key, before.name(), form.name(), NewsLinks.tag(Language.EN, before.slug()),
                    NewsLinks.tag(Language.EN, slug)));
            return new ModelAndView("redirect:/admin/tags");
        }, () -> editPage(before, form));
    }

    /** What {@code save} answers, unless the form has mistakes or the change is refused: then the page {@code again}, with the refusal at its field. */
    private static ModelAndView saved(BindingResult errors, Supplier<ModelAndView> save, Supplier<ModelAndView> again) {
        if (!errors.hasErrors()) {
            try {
                return save.get();
            }
            catch (RefusedException refused) {
                REFUSALS.reject(errors, refused);
            }
        }
        return again.get();
    }

    @GetMapping("/{id}/merge")
    ModelAndView confirmMerge(@PathVariable String id, @RequestParam(required = false) String into) {
        TagAdminRow source = tags.find(parseId(id));
        Long targetId = parseOptionalId(into);
        if (targetId == null || targetId == source.id()) {
            return editPage(source, TagForm.of(source)).addObject("mergeError",
                    messages.get(targetId == null ? "admin.tags.merge.choose" : "admin.tags.merge.same"));
        }
        TagAdminRow target;
        try {
            target = tags.find(targetId);
        }
        catch (TagNotFoundException gone) {
            return editPage(source, TagForm.of(source)).addObject("mergeError", messages.get("admin.tags.merge.gone"));
        }
        return new ModelAndView("admin/tags/merge").addObject("source", source).addObject("target", target);
    }

    @PostMapping("/{id}/merge")
    ModelAndView merge(@PathVariable String id, @RequestParam(required = false) String into, RedirectAttributes redirect) {
        TagAdminRow source = tags.find(parseId(id));
        Long targetId = parseOptionalId(into);
        if (targetId == null) {
            redirect.addFlashAttribute("flashError", messages.get("admin.tags.merge.choose"));
            return new ModelAndView("redirect:/admin/tags/" + source.id());
        }
        try {
            tags.merge(source.id(), targetId);
            TagAdminRow target = tags.find(targetId);
            redirect.addFlashAttribute("flash", messages.get("admin.tags.merged", source.name(), target.name(),
                    source.publicHref(), target.publicHref()));
            return new ModelAndView("redirect:/admin/tags");
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(REFUSALS.message(refused)));
            return new ModelAndView("redirect:/admin/tags/" + source.id());
        }
    }

    @PostMapping("/{id}/delete")
    ModelAndView delete(@PathVariable String id, RedirectAttributes redirect) {
        long tagId = parseId(id);
        try {
            String name = tags.delete(tagId);
            redirect.addFlashAttribute("flash", messages.get("admin.tags.deleted", name));
            return new ModelAndView("redirect:/admin/tags");
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(REFUSALS.message(refused)));
            return new ModelAndView("redirect:/admin/tags/" + tagId);
        }
    }

    private ModelAndView editPage(TagAdminRow tag, TagForm form) {
        List<TagAdminRow> others = tags.list().stream().filter(other -> other.id() != tag.id()).toList();
        return new ModelAndView("admin/tags/edit")
                .addObject("tag", tag)
                .addObject("form", form)
                .addObject("others", others)
                .addObject("spanishForm", spanish.spanish(tag.id()).orElse(new TagForm("", "")));
    }

    /** The topic's Spanish name and slug; the English ones stay as they are. */
    @PostMapping("/{id}/spanish")
    ModelAndView renameInSpanish(@PathVariable String id, @Valid @ModelAttribute("spanishForm") TagForm form, BindingResult errors,
                                 RedirectAttributes redirect) {
        TagAdminRow tag = tags.find(parseId(id));
        Supplier<ModelAndView> again = () -> editPage(tag, TagForm.of(tag)).addObject("spanishForm", form);
        return saved(errors, () -> {
            redirect.addFlashAttribute("flash", messages.get("admin.tags.spanish.saved", form.name(),
                    NewsLinks.tag(Language.ES, spanish.rename(tag.id(), form.name(), form.slug()))));
            return new ModelAndView("redirect:" + tag.href());
        }, again);
    }

    private static long parseId(String id) {
        Long parsed = parseOptionalId(id);
        if (parsed == null) {
            throw new TagNotFoundException();
        }
        return parsed;
    }

    /** A positive number, or null for anything else (empty, letters, too long). */
    private static Long parseOptionalId(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(id);
    }
}
