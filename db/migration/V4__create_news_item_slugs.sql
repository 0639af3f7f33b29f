-- Slugs an item had before: an old URL answers 301 to the current one.
create table news_item_slugs (
    slug         text        primary key,
    news_item_id bigint      not null references news_items (id) on delete cascade,
    retired_at   timestamptz not null,
    constraint news_item_slugs_format check (char_length(slug) <= 120 and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create index news_item_slugs_item_idx on news_item_slugs (news_item_id);
