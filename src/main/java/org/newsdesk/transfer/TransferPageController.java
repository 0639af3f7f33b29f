package org.newsdesk.transfer;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/transfer}: one page with the three features, text import, JSON export and JSON
 * import. The import controllers show it again with their problems.
 */
@Controller
class TransferPageController {

    @GetMapping("/admin/transfer")
    ModelAndView index() {
        return page("", "draft", null, List.of());
    }

    /**
     * The page with the text and choice the editor made, and what went wrong with the text
     * import ({@code textError}, or null) or with the JSON import ({@code jsonProblems}).
     */
    static ModelAndView page(String text, String as, String textError, List<String> jsonProblems) {
        return new ModelAndView("admin/transfer/index")
                .addObject("text", text)
                .addObject("as", as)
                .addObject("textError", textError)
                .addObject("jsonProblems", jsonProblems)
                .addObject("maxJsonMegabytes", ItemArchives.FILE_MAX_BYTES / 1024 / 1024);
    }
}
