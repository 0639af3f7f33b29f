package org.newsdesk.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of {@code /admin/audit}, read leniently from the query string: an unknown action
 * or a malformed date filters nothing rather than showing an error page.
 *
 * @param action one action, or null for all
 * @param user an email (the one who acted, or the account a sign-in was for), or null for all
 * @param from the first day shown (in the site's time zone), or null
 * @param to the last day shown, or null
 */
record AuditFilter(AuditAction action, String user, LocalDate from, LocalDate to) {

    static final int USER_MAX_LENGTH = 320;

    static AuditFilter of(String action, String user, String from, String to) {
        AuditAction chosen = Arrays.stream(AuditAction.values())
                .filter(candidate -> candidate.name().equals(action)).findFirst().orElse(null);
        String who = user == null ? null : user.strip().replace("\0", "");
        if (who != null && who.length() > USER_MAX_LENGTH) {
            who = who.substring(0, USER_MAX_LENGTH);
        }
        return new AuditFilter(chosen, who == null || who.isEmpty() ? null : who, day(from), day(to));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank() || text.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException notADay) {
            return null;
        }
    }

    /** The action as the query string has it, or "" for all. */
    public String actionName() {
        return action == null ? "" : action.name();
    }

    /** These filters as query parameters, in the order the page links write them. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("action", action == null ? null : action.name());
        parameters.put("user", user);
        parameters.put("from", from);
        parameters.put("to", to);
        return parameters;
    }
}
