-- What search matches: title (weight A), tags (B), summary (C) and body (D). The body is read
-- from its sanitised HTML: the text search parser skips tags and entities, so neither markup
-- nor link targets are indexed. Stored, so that a query reads it rather than computing it.
alter table news_items add column search_vector tsvector generated always as (
    setweight(to_tsvector('newsdesk_english'::regconfig, title), 'A')
    || setweight(to_tsvector('newsdesk_english'::regconfig, search_tags), 'B')
    || setweight(to_tsvector('newsdesk_english'::regconfig, summary), 'C')
    || setweight(to_tsvector('newsdesk_english'::regconfig, body_html), 'D')
) stored;

create index news_items_search_idx on news_items using gin (search_vector);
