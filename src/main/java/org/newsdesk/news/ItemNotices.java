package org.newsdesk.news;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongFunction;

import org.newsdesk.site.Messages;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;
import org.newsdesk.site.SiteTime;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the editors' item screens tell the editor after a change: the flash text of a save, a
 * deletion or a restore, and who changed the item in between when a change came too late, with
 * dates and times in the site's language and time zone.
 */
@Component
class ItemNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final NewsEditor editor;
    private final Messages messages;
    private final SiteTime siteTime;
    private final DateTimeFormatter dates;

    ItemNotices(NewsEditor editor, Messages messages, SiteTime siteTime, SiteProperties site) {
        this.editor = editor;
        this.messages = messages;
        this.siteTime = siteTime;
        this.dates = DateTimeFormatter.ofPattern(messages.get("date.pattern"), site.locale());
    }

    /** What a button did to the item, with its title, publication date and public link. */
    String saved(SavedItem saved, EditAction action) {
        String key = switch (action) {
            case SAVE -> "admin.items.saved." + saved.state().key();
            case PUBLISH -> "admin.items.published";
            case SCHEDULE -> "admin.items.scheduled";
            case RETURN_TO_DRAFT -> "admin.items.returnedToDraft";
            case WITHDRAW -> "admin.items.withdrawn";
        };
        Instant published = saved.publishedAt();
        return messages.get(key, saved.title(), published == null ? "" : date(published),
                published == null ? "" : time(published), saved.href());
    }

    /** The new-item form was sent again (a double click, a reload): the item it made the first time. */
    String alreadyCreated(SavedItem made) {
        return messages.get("admin.items.alreadyCreated", made.title());
    }

    String deleted(String title) {
        return messages.get("admin.items.deleted", title);
    }

    String restored(int number) {
        return messages.get("admin.revisions.restored", number);
    }

    /** Who saved the item after the editor opened the form, and what they saved. */
    Conflict conflict(SavedItem current) {
        return new Conflict(current.updatedBy(), date(current.updatedAt()), time(current.updatedAt()),
                NewsItemForm.of(current, siteTime.zone()));
    }

    /**
     * Runs a change asked outside the form (delete, restore) on the version of the item the page
     * was opened on; a missing or mangled version is treated as an old one, so it never overwrites
     * anything. A refusal, or a conflict with someone's save since the page was opened, comes back
     * as a flash message on the page {@code back}; {@code conflictKey} words the conflict.
     */
    String change(long id, String version, String conflictKey, String back, RedirectAttributes redirect,
                  LongFunction<String> change) {
        try {
            return change.apply(version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1);
        }
        catch (StaleItemException | ObjectOptimisticLockingFailureException stale) {
            SavedItem current = editor.find(id);
            redirect.addFlashAttribute("flashError", messages.get(conflictKey, current.updatedBy(),
                    date(current.updatedAt()), time(current.updatedAt())));
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(ItemRefusalMessages.ITEMS.message(refused)));
        }
        return "redirect:" + back;
    }

    private String date(Instant instant) {
        return dates.format(siteTime.local(instant));
    }

    private String time(Instant instant) {
        return TIME.format(siteTime.local(instant));
    }

    /** Who saved the item in between, when, and the values they saved. */
    record Conflict(String changedBy, String date, String time, NewsItemForm saved) {
    }
}
