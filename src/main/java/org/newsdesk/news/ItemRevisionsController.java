package org.newsdesk.news;

import org.newsdesk.accounts.CurrentUser;
import org.newsdesk.site.SiteTime;

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
 * An item's history beyond the list on its form: one revision as it was saved, and restoring it
 * (a new save of every field of that revision, refused when someone saved the item in between).
 */
@Controller
@RequestMapping("/admin/items/{id:[0-9]{1,18}}/revisions/{number:[0-9]{1,9}}")
record ItemRevisionsController(NewsEditor editor, ItemNotices notices, SiteTime siteTime) {

    @GetMapping
    ModelAndView revision(@PathVariable long id, @PathVariable int number) {
        SavedItem item = editor.find(id);
        return new ModelAndView("admin/items/revision")
                .addObject("item", item)
                .addObject("revision", RevisionView.of(editor.revision(id, number), siteTime.zone()))
                .addObject("latest", editor.revisions(id).get(0).number() == number);
    }

    @PostMapping("/restore")
    String restore(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) String version,
                   @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn, RedirectAttributes redirect) {
        return notices.change(id, version, "admin.revisions.restoreConflict", "/admin/items/" + id + "/revisions/" + number,
                redirect, expected -> {
            editor.restore(id, number, expected, signedIn.displayName());
            redirect.addFlashAttribute("flash", notices.restored(number));
            return "redirect:/admin/items/" + id;
        });
    }
}
