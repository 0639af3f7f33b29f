package org.newsdesk.accounts;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A user as the admin screens show them, times in the site's zone (public so that templates can read it). */
public record UserRow(long id, String email, String displayName, String role, boolean enabled, ZonedDateTime createdAt,
                      ZonedDateTime lastLoginAt) {

    static UserRow of(User user, ZoneId zone) {
        return new UserRow(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole().name(), user.isEnabled(),
                user.getCreatedAt().atZone(zone), user.getLastLoginAt() == null ? null : user.getLastLoginAt().atZone(zone));
    }

    public boolean admin() {
        return Role.ADMIN.name().equals(role);
    }

    public String href() {
        return "/admin/users/" + id;
    }
}
