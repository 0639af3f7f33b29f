package org.newsdesk.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the audit log in tests, and empties it the only way the database allows: by age. */
public final class TestAudit {

    private final JdbcClient jdbc;

    public TestAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes every entry, as the retention job would with no retention at all (one transaction: a DO block). */
    public void clear() {
        jdbc.sql("""
                do $$ begin
                    perform set_config('newsdesk.audit_purge_before', 'infinity', true);
                    delete from audit_entries;
                end $$
                """).update();
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
