/** RSS 2.0, Atom and JSON Feed of the latest items, site-wide and per topic. */
package org.newsdesk.feeds;
