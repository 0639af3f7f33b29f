-- A news item. Visible to the public when status = 'PUBLISHED' and published_at <= now();
-- scheduling needs no job because every public query applies that rule.
create table news_items (
    id              bigint generated always as identity primary key,
    slug            text        not null,
    title           text        not null,
    summary         text        not null,
    body_markdown   text        not null default '',
    body_html       text        not null default '',
    status          text        not null,
    published_at    timestamptz,
    withdrawal_note text,
    created_at      timestamptz not null,
    created_by      text        not null,
    updated_at      timestamptz not null,
    updated_by      text        not null,
    version         bigint      not null default 0,
    constraint news_items_slug_key unique (slug),
    constraint news_items_slug_format check (char_length(slug) <= 120 and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint news_items_title_length check (char_length(title) between 1 and 200),
    constraint news_items_title_one_line check (title !~ '[\r\n]'),
    constraint news_items_summary_length check (char_length(summary) between 1 and 1000),
    constraint news_items_summary_one_paragraph check (summary !~ '[\r\n]'),
    constraint news_items_body_length check (char_length(body_markdown) <= 100000),
    constraint news_items_status check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    constraint news_items_published_has_date check (status <> 'PUBLISHED' or published_at is not null),
    constraint news_items_withdrawal_note_length check (char_length(withdrawal_note) <= 1000)
);

-- Every public listing walks visible items newest first, ties broken by id.
create index news_items_visible_idx on news_items (published_at desc, id desc) where status = 'PUBLISHED';
