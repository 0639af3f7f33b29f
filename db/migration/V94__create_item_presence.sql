-- "Also editing" (issue 16 §3): who has an item's form open. The form's script says so every 20
-- seconds (and opening the form does, without script); a row older than a minute no longer counts
-- and is removed by the next visit to that item. In PostgreSQL, so every instance sees everyone.
create table item_presence (
    news_item_id bigint       not null references news_items (id) on delete cascade,
    user_name    varchar(320) not null,
    display_name varchar(200) not null,
    seen_at      timestamptz  not null,
    primary key (news_item_id, user_name)
);
