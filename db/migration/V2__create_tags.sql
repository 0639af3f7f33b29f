create table tags (
    id         bigint generated always as identity primary key,
    name       text        not null,
    slug       text        not null,
    created_at timestamptz not null default now(),
    constraint tags_slug_key unique (slug),
    constraint tags_slug_format check (char_length(slug) <= 120 and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint tags_name_length check (char_length(name) between 1 and 60),
    constraint tags_name_one_line check (name !~ '[\r\n]')
);

-- Tag names are unique ignoring case: "Mexico" and "mexico" are one tag.
create unique index tags_name_lower_key on tags (lower(name));
