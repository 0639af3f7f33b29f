package org.newsdesk.news;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.newsdesk.news.ItemWorkingCopies.WorkingCopy;
import org.newsdesk.site.SiteTime;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Offers an editor's working copies ({@link ItemWorkingCopies}) when they open the item form: for
 * an item, the copy if any of its fields differs from what is saved now ("You have unsaved text from
 * 14:32"); for a new item, the copies of new items they never saved. As {@code workingCopies} in
 * the form's model, empty on any other page or request.
 */
@ControllerAdvice(assignableTypes = NewsAdminController.class)
record WorkingCopyOffers(ItemWorkingCopies copies, NewsEditor editor, SiteTime siteTime) {

    @ModelAttribute("workingCopies")
    List<Offer> offers(HttpServletRequest request, Principal user) {
        if (user == null || !request.getMethod().equals("GET")
                || !(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return List.of();
        }
        return switch (handler.getMethod().getName()) {
            case "edit" -> ofItem(user.getName(), Long.parseLong(pathVariables(request).get("id"))).stream().toList();
            case "newItem" -> copies.ofNewItems(user.getName()).stream()
                    .map(copy -> offer(copy, "/admin/items/new/working-copy/" + copy.formToken())).toList();
            default -> List.of();
        };
    }

    private Optional<Offer> ofItem(String user, long id) {
        Optional<WorkingCopy> copy = copies.of(user, id);
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        NewsItemForm saved = NewsItemForm.of(editor.find(id), siteTime.zone());
        WorkingCopy kept = copy.get();
        boolean same = saved.withKept(kept.text(), saved.version()).sameAs(saved);
        return same ? Optional.empty() : Optional.of(offer(kept, "/admin/items/" + id + "/working-copy"));
    }

    private Offer offer(WorkingCopy copy, String href) {
        return new Offer(siteTime.local(copy.savedAt()), copy.text().title().strip(), href, href + "/discard");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        return (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    }

    /**
     * @param savedAt when the copy was kept, in the site's time zone
     * @param title its title as typed (may be empty)
     * @param restoreHref the form with the copy's text
     * @param discardHref where a POST removes the copy
     */
    record Offer(OffsetDateTime savedAt, String title, String restoreHref, String discardHref) {
    }
}
