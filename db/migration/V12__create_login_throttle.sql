-- Sign-in throttling, in the database so that it holds across app instances. Every failed
-- attempt is a row; five failures for one account (the email as typed, lower-cased, whether or
-- not such a user exists) or from one client address within 15 minutes lock that account or
-- address for 15 minutes.
create table login_failures (
    id             bigint generated always as identity primary key,
    account        text        not null,
    client_address text        not null,
    failed_at      timestamptz not null
);

create index login_failures_account_idx on login_failures (account, failed_at);
create index login_failures_address_idx on login_failures (client_address, failed_at);
create index login_failures_failed_at_idx on login_failures (failed_at);

create table login_locks (
    kind         text        not null,
    subject      text        not null,
    locked_until timestamptz not null,
    primary key (kind, subject),
    constraint login_locks_kind check (kind in ('ACCOUNT', 'ADDRESS'))
);
