package org.newsdesk.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the audit log in tests, and empties it the only way the database allows: by age. */
public final class TestAudit {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public TestAudit(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Removes every entry, as the retention job would with an infinitely short retention. */
    public void clear() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select set_config('newsdesk.audit_purge_before', 'infinity', true)").query().listOfRows();
            jdbc.sql("delete from audit_entries").update();
        });
    }

    /** Every entry, oldest first, as "ACTION actor subject [details] from address". */
    public List<String> entries() {
        return jdbc.sql("""
                        select action || ' ' || coalesce(actor, '-') || ' ' || coalesce(subject, '-')
                               || coalesce(' [' || details || ']', '') || ' from ' || coalesce(client_address, '-')
                        from audit_entries order by id
                        """)
                .query(String.class).list();
    }

    /** The actions recorded, oldest first. */
    public List<String> actions() {
        return jdbc.sql("select action from audit_entries order by id").query(String.class).list();
    }
}
