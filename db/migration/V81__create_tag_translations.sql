-- Topics are one vocabulary: tags.name and tags.slug are the English name and address, and
-- tag_translations holds the name and slug in another language (Spanish). A topic without a
-- Spanish row shows its English name (and slug) on Spanish pages.
create table tag_translations (
    tag_id   bigint not null references tags (id) on delete cascade,
    language text   not null,
    name     text   not null,
    slug     text   not null,
    primary key (tag_id, language),
    constraint tag_translations_language check (language in ('es')),
    constraint tag_translations_slug_format check (char_length(slug) <= 120 and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint tag_translations_name_length check (char_length(name) between 1 and 60),
    constraint tag_translations_name_one_line check (name !~ '[\r\n]')
);

create unique index tag_translations_slug_key on tag_translations (language, slug);
create unique index tag_translations_name_key on tag_translations (language, lower(name));

-- Old slugs answer 301 in the language they were used in.
alter table tag_slugs
    add column language text not null default 'en',
    add constraint tag_slugs_language check (language in ('en', 'es'));

create trigger tag_translations_content_version
    before insert or update or delete or truncate on tag_translations
    for each statement execute function bump_content_version();

-- An item's search_tags (V41) are its topics' names in the item's own language.
create or replace function news_items_refresh_search_tags(item_ids bigint[]) returns void
language sql as $$
    update news_items i
    set search_tags = fresh.names, search_tag_ids = fresh.ids
    from (select item.id,
                 coalesce((select string_agg(coalesce(tr.name, t.name), ' ' order by lower(coalesce(tr.name, t.name)))
                           from news_item_tags nit join tags t on t.id = nit.tag_id
                           left join tag_translations tr on tr.tag_id = t.id and tr.language = item.language
                           where nit.news_item_id = item.id), '') as names,
                 array(select nit.tag_id from news_item_tags nit
                       where nit.news_item_id = item.id order by nit.tag_id) as ids
          from news_items item where item.id = any (item_ids)) fresh
    where i.id = fresh.id and (i.search_tags <> fresh.names or i.search_tag_ids <> fresh.ids)
$$;

create function tag_translations_changed() returns trigger
language plpgsql as $$
begin
    perform news_items_refresh_search_tags(array(
        select distinct nit.news_item_id from news_item_tags nit
        where nit.tag_id in (select tag_id from changed_old union select tag_id from changed_new)));
    return null;
end
$$;

create function tag_translations_inserted() returns trigger
language plpgsql as $$
begin
    perform news_items_refresh_search_tags(array(
        select distinct nit.news_item_id from news_item_tags nit where nit.tag_id in (select tag_id from changed_new)));
    return null;
end
$$;

create function tag_translations_deleted() returns trigger
language plpgsql as $$
begin
    perform news_items_refresh_search_tags(array(
        select distinct nit.news_item_id from news_item_tags nit where nit.tag_id in (select tag_id from changed_old)));
    return null;
end
$$;

create trigger tag_translations_inserted after insert on tag_translations
    referencing new table as changed_new for each statement execute function tag_translations_inserted();
create trigger tag_translations_deleted after delete on tag_translations
    referencing old table as changed_old for each statement execute function tag_translations_deleted();
create trigger tag_translations_updated after update on tag_translations
    referencing old table as changed_old new table as changed_new for each statement execute function tag_translations_changed();

-- An item moved to another language takes its topics' names in that language.
create function news_items_language_changed() returns trigger
language plpgsql as $$
begin
    perform news_items_refresh_search_tags(array[new.id]);
    return null;
end
$$;

create trigger news_items_language_changed after update of language on news_items
    for each row when (old.language is distinct from new.language) execute function news_items_language_changed();
