/** A leaf: the site's settings, its clock and time zone, dates for readers, slugs and the rules for editors' text. */
package org.newsdesk.site;
