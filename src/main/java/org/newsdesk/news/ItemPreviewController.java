package org.newsdesk.news;

import java.util.Optional;

import org.newsdesk.seo.PageMeta;
import org.newsdesk.web.PageNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Previews for editors: a saved item as its public page will show it (drafts and scheduled items
 * too), and the live preview beside the item form ({@code static/js/item-form.js} posts the text
 * as the editor types): the body rendered by the very {@link MarkdownRenderer} call a save makes,
 * so the preview is what readers will get, with the address a save would make from the title.
 */
@Controller
record ItemPreviewController(MarkdownRenderer markdown, ItemSlugs slugs, NewsItemRepository items,
                             NewsItemPages pages, NewsEditor editor) {

    /** The item exactly as its public page will show it, for drafts and scheduled items too. */
    @GetMapping("/admin/items/{id:[0-9]{1,18}}/preview")
    ModelAndView page(@PathVariable long id) {
        NewsItemView item = pages.preview(id).orElseThrow(() -> new PageNotFoundException("No item " + id));
        return new ModelAndView("news/show")
                .addObject("item", item)
                .addObject("meta", PageMeta.of(item.title(), item.summary(), item.href()).noindexed())
                .addObject("preview", new Preview(editor.find(id).state(), "/admin/items/" + id));
    }

    /**
     * @param id the item being edited, or absent for a new one (its own slug is kept when the title
     *           still makes it, as on save)
     * @param language the language chosen in the form, for the address (the site's when absent or unknown)
     */
    @PostMapping("/admin/items/preview")
    @ResponseBody
    ItemPreview preview(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
                        @RequestParam(required = false) Long id, @RequestParam(required = false) String language) {
        if (title.length() > NewsItem.TITLE_MAX_LENGTH || body.length() > NewsItem.BODY_MAX_LENGTH * 2) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "Text too long to preview");
        }
        Optional<NewsItem> item = id == null ? Optional.empty() : items.findById(id);
        String slug = title.isBlank() ? "" : slugs.fromTitle(title.strip(), item.orElse(null));
        return new ItemPreview(pages.bodyAsShown(markdown.toSafeHtml(body)), slug,
                NewsLinks.item(editor.languageOrDefault(language), slug.isEmpty() ? "…" : slug));
    }

    /**
     * @param bodyHtml the body as the item's page will show it (sanitised)
     * @param slug the slug a save would make from the title (empty without a title)
     * @param href the public address with that slug
     */
    record ItemPreview(String bodyHtml, String slug, String href) {
    }

    /** Tells the public item template that it shows a preview, and of what. */
    record Preview(ItemState state, String editHref) {
    }
}
