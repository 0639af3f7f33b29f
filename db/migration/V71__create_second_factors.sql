-- Second factors. An authenticator app (TOTP, RFC 6238): its shared secret (base32, as the app got
-- it) and the last time step a code was accepted for, so that no code is ever accepted twice, on
-- any instance. Ten single-use recovery codes per user, kept only as SHA-256 hashes (they are
-- random, 50 bits each: a slow hash would add nothing). Which roles must have a second factor:
-- one row, changed by administrators.
create table user_totp (
    user_id        bigint      primary key references users (id) on delete cascade,
    secret         text        not null,
    last_used_step bigint      not null default 0,
    enrolled_at    timestamptz not null,
    constraint user_totp_secret_shape check (secret ~ '^[A-Z2-7]{32}$')
);

create table user_recovery_codes (
    id        bigint generated always as identity primary key,
    user_id   bigint      not null references users (id) on delete cascade,
    code_hash text        not null,
    used_at   timestamptz,
    constraint user_recovery_codes_hash_shape check (code_hash ~ '^[0-9a-f]{64}$')
);

create index user_recovery_codes_user_idx on user_recovery_codes (user_id);

create table second_factor_policy (
    id               boolean     primary key default true,
    admins_required  boolean     not null default false,
    editors_required boolean     not null default false,
    constraint second_factor_policy_one_row check (id)
);

insert into second_factor_policy (id) values (true);
