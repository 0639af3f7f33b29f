/**
 * The audit log: who did what, when and from which (trusted) address, kept in PostgreSQL where
 * the app can only add entries ({@link org.newsdesk.audit.AuditLog#record}); the administrators'
 * screen {@code /admin/audit}; the retention job that removes entries past their time. A leaf
 * below the modules whose actions it records (accounts, news, transfer): it knows none of them.
 */
package org.newsdesk.audit;
