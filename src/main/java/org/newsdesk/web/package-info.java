/** Web plumbing: filters (canonical host, static asset caching), errors, refusals shown on forms, redirects, page numbers and pagination. */
package org.newsdesk.web;
