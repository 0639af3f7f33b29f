/** Editors' accounts: users, roles, sign-in and its throttle, the security configuration, account and user screens. */
package org.newsdesk.accounts;
