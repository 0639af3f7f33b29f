-- One new item per new-item form (issue 12): each form carries a random token, claimed in the
-- transaction that creates the item (news.ItemCreationTokens). The same form sent again (a double
-- click, a reload of the POST, two at the same moment, on any instance) finds the token taken and
-- leads to the item the first one made. Tokens older than a month are deleted as new ones come.
create table item_creation_tokens (
    token        uuid primary key,
    news_item_id bigint references news_items (id) on delete set null,
    created_at   timestamptz not null default now()
);

create index item_creation_tokens_created_at on item_creation_tokens (created_at);
