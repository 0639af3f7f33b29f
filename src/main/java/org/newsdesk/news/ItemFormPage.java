package org.newsdesk.news;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.newsdesk.news.tags.TagLink;
import org.newsdesk.site.SiteTime;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The item form as a page ({@code admin/items/form}) with everything it shows beside the fields:
 * for the editors' item screens ({@link NewsAdminController}) and for a working copy brought back
 * ({@link ItemWorkingCopyController}).
 */
@Component
record ItemFormPage(NewsEditor editor, ItemIndex index, SiteTime siteTime, LeadPictures leadPictures) {

    /** The form with the item as saved. */
    String edit(Model model, SavedItem item) {
        return show(model, NewsItemForm.of(item, siteTime.zone()), item);
    }

    /** The form with these values, for a new item ({@code item} null) or an existing one. */
    String show(Model model, NewsItemForm form, SavedItem item) {
        model.addAttribute("form", form);
        model.addAttribute("item", item);
        model.addAttribute("tagNames", index.tags().stream().map(TagLink::name).toList());
        model.addAttribute("revisions", item == null ? List.of()
                : editor.revisions(item.id()).stream().map(revision -> RevisionView.of(revision, siteTime.zone())).toList());
        model.addAttribute("lastChange", item == null ? null
                : siteTime.local(item.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
        model.addAttribute("zone", siteTime.zone().getId());
        model.addAttribute("leadPictures", leadPictures.choices(form.leadPictureId()));
        return "admin/items/form";
    }
}
