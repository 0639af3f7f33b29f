-- The audit log: who did what, when, from which address. Rows are only ever added by the app:
-- a trigger refuses every UPDATE, and a DELETE (or TRUNCATE) is refused unless the transaction
-- says, through the setting newsdesk.audit_purge_before, that it removes entries older than that
-- instant, as the retention job does (audit.AuditRetention); a row newer than that instant is
-- refused even then.
create table audit_entries (
    id             bigint generated always as identity primary key,
    at             timestamptz not null,
    actor          text,
    client_address text,
    action         text        not null,
    subject        text,
    details        text,
    constraint audit_entries_action_shape check (action ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    constraint audit_entries_actor_length check (char_length(actor) <= 320),
    constraint audit_entries_client_address_length check (char_length(client_address) <= 100),
    constraint audit_entries_subject_length check (char_length(subject) <= 400),
    constraint audit_entries_details_length check (char_length(details) <= 1000)
);

create index audit_entries_at_idx on audit_entries (at desc, id desc);
create index audit_entries_action_at_idx on audit_entries (action, at desc, id desc);
create index audit_entries_actor_at_idx on audit_entries (lower(actor), at desc, id desc);
create index audit_entries_subject_at_idx on audit_entries (lower(subject), at desc, id desc);

create function audit_entries_refuse_update() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed' using errcode = 'insufficient_privilege';
end;
$$;

create function audit_entries_guard_removal() returns trigger
    language plpgsql as $$
declare
    purge_before timestamptz := nullif(current_setting('newsdesk.audit_purge_before', true), '')::timestamptz;
begin
    if purge_before is null then
        raise exception 'audit entries are removed only by the retention job' using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'TRUNCATE' then
        raise exception 'audit entries are removed one by one, by age' using errcode = 'insufficient_privilege';
    end if;
    if old.at >= purge_before then
        raise exception 'audit entry % is not older than %', old.id, purge_before using errcode = 'insufficient_privilege';
    end if;
    return old;
end;
$$;

create trigger audit_entries_no_update before update on audit_entries
    for each row execute function audit_entries_refuse_update();
create trigger audit_entries_only_old_removed before delete on audit_entries
    for each row execute function audit_entries_guard_removal();
create trigger audit_entries_no_truncate before truncate on audit_entries
    for each statement execute function audit_entries_guard_removal();
