package org.newsdesk.transfer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.accounts.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** {@code /admin/transfer/json}: a JSON export imported back, with what happened to each item. */
@Controller
class JsonImportController {

    private final JsonItemImport jsonImport;

    JsonImportController(JsonItemImport jsonImport) {
        this.jsonImport = jsonImport;
    }

    @PostMapping("/admin/transfer/json")
    ModelAndView importJson(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String update,
                            @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn) {
        List<JsonItemImport.Outcome> outcomes;
        try {
            outcomes = jsonImport.importFrom(file, update != null, signedIn.displayName());
        }
        catch (JsonItemImport.Refused refused) {
            return TransferPageController.page("", "draft", null, refused.problems());
        }
        Map<JsonItemImport.Kind, Long> counts = new EnumMap<>(JsonItemImport.Kind.class);
        for (JsonItemImport.Kind kind : JsonItemImport.Kind.values()) {
            counts.put(kind, outcomes.stream().filter(outcome -> outcome.kind() == kind).count());
        }
        return new ModelAndView("admin/transfer/result")
                .addObject("outcomes", outcomes)
                .addObject("counts", counts)
                .addObject("anySkipped", counts.get(JsonItemImport.Kind.SKIPPED) > 0);
    }
}
