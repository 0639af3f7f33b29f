package org.newsdesk.news;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.newsdesk.accounts.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.HandlerMapping;

/**
 * "Also editing": the item form's script says every 20 seconds that the editor still has the item
 * open, and hears who else does ({@link ItemPresence}); opening the form says so too, script or not
 * ({@link Notice}, as {@code alsoEditing} in the form's model).
 */
@Controller
record ItemPresenceController(ItemPresence presence) {

    private static final String ITEM = "/admin/items/{id:[0-9]{1,18}}/presence";

    @PostMapping(ITEM)
    @ResponseBody
    Map<String, String> here(@PathVariable long id, @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn) {
        return Map.of("notice", presence.here(id, signedIn.email(), signedIn.displayName()));
    }

    @PostMapping(ITEM + "/leave")
    ResponseEntity<Void> left(@PathVariable long id, @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn) {
        presence.left(id, signedIn.email());
        return ResponseEntity.noContent().build();
    }

    /** Opening an item's form counts as being there, and the form names who else is. */
    @ControllerAdvice(assignableTypes = NewsAdminController.class)
    record Notice(ItemPresence presence) {

        @ModelAttribute("alsoEditing")
        String alsoEditing(HttpServletRequest request, @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn) {
            @SuppressWarnings("unchecked")
            Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            if (signedIn == null || path == null || !path.containsKey("id") || !request.getMethod().equals("GET")
                    || !request.getRequestURI().matches(".*/admin/items/[0-9]+")) {
                return "";
            }
            return presence.here(Long.parseLong(path.get("id")), signedIn.email(), signedIn.displayName());
        }
    }
}
