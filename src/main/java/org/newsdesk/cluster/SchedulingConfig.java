package org.newsdesk.cluster;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run once across instances: every instance schedules them ({@code @Scheduled}),
 * and ShedLock's {@code @SchedulerLock(name = …)} lets only the instance that takes the job's row
 * in the {@code shedlock} table (V60) run it. {@code lockAtLeastFor} keeps the others from running
 * it again in the same period when their clocks fire a little later; {@code lockAtMostFor} frees
 * the job when the instance running it dies. Times are the database's ({@code usingDbTime}), so
 * instances with skewed clocks agree.
 *
 * <p>Queues (rows to process: crawler notifications, pictures) are not jobs: each row is claimed
 * with {@code FOR UPDATE SKIP LOCKED} and a lease, as {@code pings.NotificationQueue} does.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
