package org.newsdesk.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's settings.
 *
 * @param retention how long entries are kept; older ones are removed by {@link AuditRetention}
 */
@ConfigurationProperties("newsdesk.audit")
record AuditProperties(@DefaultValue("400d") Duration retention) {

    AuditProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("newsdesk.audit.retention must be positive");
        }
    }
}
