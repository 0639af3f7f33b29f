-- Tell every app instance when what the public site shows has changed, so that caches of
-- rendered pages can trust what they hold until told otherwise (issue 7). The trigger function
-- of V30 is replaced (the triggers that call it stay): it still bumps the version once per
-- writing transaction, and now also sends the new version on the channel 'newsdesk_content'.
-- PostgreSQL delivers a notification only when its transaction commits (never for a rollback),
-- to every session listening on the channel, in commit order.
create or replace function bump_content_version() returns trigger
    language plpgsql as
$$
declare
    bumped bigint;
begin
    update content_version
    set version = version + 1, transaction = pg_current_xact_id()
    where id = 1 and transaction is distinct from pg_current_xact_id()
    returning version into bumped;
    if found then
        perform pg_notify('newsdesk_content', bumped::text);
    end if;
    return null;
end
$$;
