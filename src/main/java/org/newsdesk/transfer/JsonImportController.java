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

/**
 * {@code /admin/transfer/json}: an export imported back, with what happened to each item: the zip
 * export with its pictures, or the JSON export (told apart by their first bytes).
 */
@Controller
record JsonImportController(ItemArchives archives, SiteArchiveImport zips) {

    @PostMapping("/admin/transfer/json")
    ModelAndView importJson(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String update,
                            @ModelAttribute(name = "currentUser", binding = false) CurrentUser signedIn) {
        SiteArchiveImport.Result result;
        try {
            result = SiteArchiveImport.isZip(file) ? zips.importFrom(file, update != null, signedIn.displayName())
                    : new SiteArchiveImport.Result(archives.importFrom(file, update != null, signedIn.displayName()), 0, 0);
        }
        catch (ItemArchives.Refused refused) {
            return TransferPageController.page("", "draft", null, refused.problems());
        }
        List<ItemArchives.Outcome> outcomes = result.outcomes();
        Map<ItemArchives.Kind, Long> counts = new EnumMap<>(ItemArchives.Kind.class);
        for (ItemArchives.Kind kind : ItemArchives.Kind.values()) {
            counts.put(kind, outcomes.stream().filter(outcome -> outcome.kind() == kind).count());
        }
        return new ModelAndView("admin/transfer/result")
                .addObject("outcomes", outcomes)
                .addObject("counts", counts)
                .addObject("pictures", result)
                .addObject("anySkipped", counts.get(ItemArchives.Kind.SKIPPED) > 0);
    }
}
