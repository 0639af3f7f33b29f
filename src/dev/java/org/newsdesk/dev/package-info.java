/** For development and tests only: an embedded PostgreSQL when no database is configured, and demo content. */
package org.newsdesk.dev;
