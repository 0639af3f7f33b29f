/**
 * A leaf: what a page says about itself to crawlers and link previews (title, description,
 * canonical link, Open Graph, JSON-LD) and robots.txt. Depends on site settings only.
 */
package org.newsdesk.seo;
