package org.newsdesk.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit log as {@code /admin/audit} shows it.
 *
 * @param at when, in the site's time zone
 * @param actor the signed-in user who acted, or null (a sign-in attempt)
 * @param clientAddress the trusted client address, or null (a job)
 */
record AuditEntryRow(long id, OffsetDateTime at, String actor, String clientAddress, AuditAction action,
                     String subject, String details) {
}
