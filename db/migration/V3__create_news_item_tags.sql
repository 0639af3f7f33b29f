create table news_item_tags (
    news_item_id bigint not null references news_items (id) on delete cascade,
    tag_id       bigint not null references tags (id) on delete cascade,
    primary key (news_item_id, tag_id)
);

-- Tag pages go from a tag to its items.
create index news_item_tags_tag_idx on news_item_tags (tag_id, news_item_id);
