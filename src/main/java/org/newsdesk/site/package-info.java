/** A leaf: the site's settings, its clock and time zone, dates for readers, slugs, the rules for editors' text and the one refusal type. */
package org.newsdesk.site;
