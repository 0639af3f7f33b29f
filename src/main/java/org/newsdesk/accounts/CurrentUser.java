package org.newsdesk.accounts;

/**
 * The signed-in user as the admin screens show them: {@code currentUser} in every {@code /admin}
 * model (see {@link CurrentUserAdvice}).
 *
 * @param email the sign-in name, as stored
 * @param displayName the name to show, such as "Ana Rojas"
 * @param admin whether the user may manage users
 */
public record CurrentUser(String email, String displayName, boolean admin) {
}
