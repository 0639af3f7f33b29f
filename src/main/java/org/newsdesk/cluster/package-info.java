/**
 * A leaf: what makes several Newsdesk instances on one database act as one. {@link org.newsdesk.cluster.StartupLock}
 * (start-up tasks that write run one instance at a time) and once-only scheduled jobs ({@code @Scheduled} with
 * ShedLock's {@code @SchedulerLock}, its locks in the {@code shedlock} table; see {@link org.newsdesk.cluster.SchedulingConfig}).
 */
package org.newsdesk.cluster;
