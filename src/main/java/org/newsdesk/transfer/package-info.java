/** Moving items in and out: import of the old news page's text, JSON export and import. */
package org.newsdesk.transfer;
