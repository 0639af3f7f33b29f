/** The editors' dashboard: what needs attention across items and topics. */
package org.newsdesk.admin;
