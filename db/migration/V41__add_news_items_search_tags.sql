-- A generated column may only read its own row, but an item's tags live in news_item_tags and
-- tags. search_tags keeps the names of an item's tags on the item, so that the search vector can
-- weigh them, and search_tag_ids their ids, so that a search within one topic is one more index
-- condition rather than a join. Triggers keep both right whatever code writes tags or their links.
alter table news_items
    add column search_tags    text     not null default '',
    add column search_tag_ids bigint[] not null default '{}';

create index news_items_search_tag_ids_idx on news_items using gin (search_tag_ids);

create function news_items_refresh_search_tags(item_ids bigint[]) returns void
language sql as $$
    update news_items i
    set search_tags = fresh.names, search_tag_ids = fresh.ids
    from (select item.id,
                 coalesce((select string_agg(t.name, ' ' order by lower(t.name))
                           from news_item_tags nit join tags t on t.id = nit.tag_id
                           where nit.news_item_id = item.id), '') as names,
                 array(select nit.tag_id from news_item_tags nit
                       where nit.news_item_id = item.id order by nit.tag_id) as ids
          from unnest(item_ids) as item (id)) fresh
    where i.id = fresh.id and (i.search_tags <> fresh.names or i.search_tag_ids <> fresh.ids)
$$;

-- Statement triggers with transition tables: a bulk import of links refreshes each item once.
create function news_item_tags_changed() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform news_items_refresh_search_tags(array(select distinct news_item_id from new_links));
    elsif tg_op = 'DELETE' then
        perform news_items_refresh_search_tags(array(select distinct news_item_id from old_links));
    else
        perform news_items_refresh_search_tags(array(select news_item_id from old_links
                                                     union select news_item_id from new_links));
    end if;
    return null;
end
$$;

create trigger news_item_tags_inserted after insert on news_item_tags
    referencing new table as new_links for each statement execute function news_item_tags_changed();
create trigger news_item_tags_deleted after delete on news_item_tags
    referencing old table as old_links for each statement execute function news_item_tags_changed();
create trigger news_item_tags_updated after update on news_item_tags
    referencing old table as old_links new table as new_links for each statement execute function news_item_tags_changed();

create function news_item_tags_truncated() returns trigger
language plpgsql as $$
begin
    update news_items set search_tags = '', search_tag_ids = '{}' where search_tags <> '' or search_tag_ids <> '{}';
    return null;
end
$$;

create trigger news_item_tags_truncated after truncate on news_item_tags
    for each statement execute function news_item_tags_truncated();

-- A renamed tag is found under its new name. (A deleted tag's links go by cascade, above.)
create function tags_renamed() returns trigger
language plpgsql as $$
begin
    perform news_items_refresh_search_tags(array(
        select distinct nit.news_item_id
        from new_tags n join old_tags o on o.id = n.id
        join news_item_tags nit on nit.tag_id = n.id
        where n.name is distinct from o.name));
    return null;
end
$$;

create trigger tags_renamed after update on tags
    referencing old table as old_tags new table as new_tags for each statement execute function tags_renamed();

-- Items that already have tags.
select news_items_refresh_search_tags(array(select distinct news_item_id from news_item_tags));
