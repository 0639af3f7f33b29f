package org.newsdesk.news;

import java.util.List;

import org.newsdesk.news.RevisionDiff.Piece;
import org.newsdesk.site.SiteTime;

import org.newsdesk.web.PageNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What changed between two revisions of an item, word by word, for its title, address, summary,
 * text and topics ({@link RevisionDiff}), with a way to restore either of them (the restore of
 * {@link ItemRevisionsController}). Without a choice, the last save is compared with the one before.
 */
@Controller
record RevisionCompareController(NewsEditor editor, SiteTime siteTime) {

    @GetMapping("/admin/items/{id:[0-9]{1,18}}/revisions/compare")
    ModelAndView compare(@PathVariable long id, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to) {
        SavedItem item = editor.find(id);
        List<ItemRevision> revisions = editor.revisions(id);
        if (revisions.isEmpty()) {
            // An item put in as rows (the demo content, an old site's import) has no history to compare.
            throw new PageNotFoundException("Item " + id + " has no revisions");
        }
        int latest = revisions.get(0).number();
        RevisionView older = RevisionView.of(editor.revision(id, number(from, Math.max(1, latest - 1))), siteTime.zone());
        RevisionView newer = RevisionView.of(editor.revision(id, number(to, latest)), siteTime.zone());
        List<Field> fields = List.of(
                new Field("admin.items.field.title", RevisionDiff.words(older.title(), newer.title())),
                new Field("admin.items.field.slug", RevisionDiff.words(older.slug(), newer.slug())),
                new Field("admin.items.field.summary", RevisionDiff.words(older.summary(), newer.summary())),
                new Field("admin.items.field.body", RevisionDiff.words(older.body(), newer.body())),
                new Field("admin.items.field.tags", RevisionDiff.words(String.join(", ", older.tags()), String.join(", ", newer.tags()))));
        return new ModelAndView("admin/items/compare")
                .addObject("item", item)
                .addObject("older", older)
                .addObject("newer", newer)
                .addObject("latest", latest)
                .addObject("numbers", revisions.stream().map(ItemRevision::number).toList())
                .addObject("fields", fields);
    }

    private static int number(String typed, int otherwise) {
        if (typed == null || typed.isEmpty()) {
            return otherwise;
        }
        if (!typed.matches("[0-9]{1,9}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a revision number");
        }
        return Integer.parseInt(typed);
    }

    /** One field of the two revisions, compared. */
    record Field(String labelKey, List<Piece> pieces, boolean changed) {

        Field(String labelKey, List<Piece> pieces) {
            this(labelKey, pieces, RevisionDiff.changed(pieces));
        }
    }
}
