package org.newsdesk.cluster;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a start-up task writes: in a transaction that first takes a PostgreSQL advisory lock
 * shared by every start-up task ({@code pg_advisory_xact_lock}, released by the commit or the
 * rollback, even when the instance dies). Instances starting together on one empty database
 * (two replicas of {@code docker compose up}, a Kubernetes rollout) therefore run such tasks one
 * after the other, and each task, seeing what the one before it committed, does nothing the
 * second time: one first administrator, one copy of the demo content.
 *
 * <p>A task must check whether its work is already done inside {@code task}, not before. The
 * transaction has no statement or lock timeout ({@code set local}: the pool's connection gets its
 * limits back after it): a second instance waits while the first, on a busy machine, takes longer
 * than a request may.
 */
@Component
public class StartupLock {

    /** Any constant, the same for every start-up task ("NewsInit" in ASCII). */
    static final long KEY = 0x4e657773_496e6974L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    StartupLock(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs {@code task} in a transaction of its own, alone among the instances on this database. */
    public <T> T runAlone(Supplier<T> task) {
        return transactions.execute(status -> {
            // Not the requests' bounded waits: an instance waits as long as another's start-up tasks take.
            jdbc.sql("set local lock_timeout = 0").update();
            jdbc.sql("set local statement_timeout = 0").update();
            jdbc.sql("select pg_advisory_xact_lock(?)").param(KEY).query().listOfRows();
            return task.get();
        });
    }
}
