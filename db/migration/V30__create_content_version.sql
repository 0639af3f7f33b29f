-- A counter of changes to what the public site shows. HTTP validators (ETag, Last-Modified) and
-- caches are derived from it, so it must change with every write to a content table, whoever
-- writes: the admin screens, an import, a script. Triggers see them all; a timestamp column that
-- each writer has to remember to touch would not (a tag rename has none, a deleted row leaves none).
--
-- The bump is part of the writing transaction, so a reader never sees new content with an old
-- version. It runs BEFORE each writing statement: a writer takes this row's lock before any row
-- of content, always in that order, so two writers cannot deadlock on it. It counts once per
-- transaction, however many statements the transaction runs.
create table content_version (
    id          int    primary key default 1,
    version     bigint not null,
    transaction xid8,
    constraint content_version_one_row check (id = 1)
);

insert into content_version (id, version) values (1, 0);

create function bump_content_version() returns trigger
    language plpgsql as
$$
begin
    update content_version
    set version = version + 1, transaction = pg_current_xact_id()
    where id = 1 and transaction is distinct from pg_current_xact_id();
    return null;
end
$$;

create trigger news_items_content_version
    before insert or update or delete or truncate on news_items
    for each statement execute function bump_content_version();

create trigger tags_content_version
    before insert or update or delete or truncate on tags
    for each statement execute function bump_content_version();

create trigger news_item_tags_content_version
    before insert or update or delete or truncate on news_item_tags
    for each statement execute function bump_content_version();

create trigger news_item_slugs_content_version
    before insert or update or delete or truncate on news_item_slugs
    for each statement execute function bump_content_version();
