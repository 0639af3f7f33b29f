/** Web plumbing: filters (canonical host, static asset caching), errors, redirects, page numbers and pagination. */
package org.newsdesk.web;
