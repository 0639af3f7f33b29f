-- Spanish items are searched with Spanish stemming ("migrantes" finds "migrante") and without
-- accents ("educacion" finds "educación"), English ones as before (V40): the search vector is
-- built with the configuration of the item's language. A search on the Spanish pages parses the
-- query with newsdesk_spanish, on the English pages with newsdesk_english (site.Language).
create text search configuration newsdesk_spanish (copy = spanish);

alter text search configuration newsdesk_spanish
    alter mapping for hword, hword_part, word with unaccent, spanish_stem;

-- A generated column's expression cannot be changed in place (before PostgreSQL 17): the column
-- is made again, with its index and storage as in V42.
alter table news_items drop column search_vector;

alter table news_items
    add column search_vector tsvector generated always as (
        setweight(to_tsvector(case language when 'es' then 'newsdesk_spanish'::regconfig else 'newsdesk_english'::regconfig end, title), 'A')
        || setweight(to_tsvector(case language when 'es' then 'newsdesk_spanish'::regconfig else 'newsdesk_english'::regconfig end, search_tags), 'B')
        || setweight(to_tsvector(case language when 'es' then 'newsdesk_spanish'::regconfig else 'newsdesk_english'::regconfig end, summary), 'C')
        || setweight(to_tsvector(case language when 'es' then 'newsdesk_spanish'::regconfig else 'newsdesk_english'::regconfig end, body_html), 'D')
    ) stored,
    alter column search_vector set storage main;

create index news_items_search_idx on news_items using gin (search_vector);
