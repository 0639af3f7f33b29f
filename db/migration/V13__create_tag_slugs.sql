-- Slugs a tag had before (renamed, or merged into another tag): the old /tags/{slug} URL
-- answers 301 to the tag's current one.
create table tag_slugs (
    slug       text        primary key,
    tag_id     bigint      not null references tags (id) on delete cascade,
    retired_at timestamptz not null,
    constraint tag_slugs_format check (char_length(slug) <= 120 and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create index tag_slugs_tag_idx on tag_slugs (tag_id);
