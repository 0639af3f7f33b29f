-- Items in English and Spanish in one site (issue 14). Existing items get the site's configured
-- language (newsdesk.site.locale, given to Flyway as the placeholder default_language).
alter table news_items add column language text;

update news_items set language = case when lower('${default_language}') like 'es%' then 'es' else 'en' end;

-- Rows written without a language (SQL by hand, an old import) are in the site's language too.
alter table news_items
    alter column language set default (case when lower('${default_language}') like 'es%' then 'es' else 'en' end),
    alter column language set not null,
    add constraint news_items_language check (language in ('en', 'es')),
    -- Items that are translations of each other share a group (the id of one of them); at most one
    -- item per language in a group (the unique index below).
    add column translation_group bigint;

create unique index news_items_translation_group_key on news_items (translation_group, language)
    where translation_group is not null;

-- Each language's listings walk its visible items newest first (as news_items_visible_idx does
-- for all of them, which the sitemaps and the content version still use).
create index news_items_visible_language_idx on news_items (language, published_at desc, id desc)
    where status = 'PUBLISHED';
