-- Every save of an item keeps a full copy of what the editor saved (every field, tags by name,
-- status), so that editors see who changed what and when, and can restore an earlier version.
create table news_item_revisions (
    id              bigint generated always as identity primary key,
    news_item_id    bigint      not null references news_items (id) on delete cascade,
    number          int         not null,
    kind            text        not null,
    restored_from   int,
    saved_at        timestamptz not null,
    saved_by        text        not null,
    slug            text        not null,
    title           text        not null,
    summary         text        not null,
    body_markdown   text        not null,
    tags            text[]      not null,
    status          text        not null,
    published_at    timestamptz,
    withdrawal_note text,
    constraint news_item_revisions_number_key unique (news_item_id, number),
    constraint news_item_revisions_number_positive check (number >= 1),
    constraint news_item_revisions_kind check (kind in
        ('SAVED', 'PUBLISHED', 'SCHEDULED', 'RETURNED_TO_DRAFT', 'WITHDRAWN', 'RESTORED', 'IMPORTED')),
    constraint news_item_revisions_status check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN'))
);
