-- The people who sign in to /admin. Emails are unique ignoring case ("Ana@Example.org" and
-- "ana@example.org" are one account); passwords are stored only as Spring Security hashes
-- ("{bcrypt}…"), never in clear.
create table users (
    id            bigint generated always as identity primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text        not null,
    role          text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null,
    last_login_at timestamptz,
    constraint users_email_length check (char_length(email) between 3 and 254),
    constraint users_email_shape check (email ~ '^[^@\s]+@[^@\s]+$'),
    constraint users_display_name_length check (char_length(display_name) between 1 and 100),
    constraint users_display_name_one_line check (display_name !~ '[\r\n]'),
    constraint users_password_hash_prefixed check (password_hash ~ '^\{[a-z0-9@_]+\}'),
    constraint users_role check (role in ('ADMIN', 'EDITOR'))
);

create unique index users_email_lower_key on users (lower(email));
