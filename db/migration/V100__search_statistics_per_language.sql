-- The search's statistics per language (issue 14; bench/search/README.md, "Statistics per language").
--
-- A search decides from PostgreSQL's estimate of its matches whether to walk the newest items until
-- it has enough (a frequent word) or to read all matches from the text index and sort them (a rare
-- one). The statistics of news_items.search_vector count each word over both languages, while a
-- search looks in one: a Spanish word in half the Spanish items was estimated in a quarter of them
-- (half as frequent over the table, times the language condition's half), and twice more for each
-- further word of the query. "tráfico ilíc" was estimated at 1,500 matches for 11,800: PostgreSQL
-- read and sorted all of them (35 ms) instead of walking 2,100 items (5 ms).
--
-- Each language's text index is now built on an expression that is the vector for that language's
-- items and null for the others. PostgreSQL keeps statistics for an index expression (an index
-- without a WHERE clause: those of partial indexes are not used), so a word's frequency is known
-- among that language's items; and the search names the expression instead of "language = …",
-- whose selectivity would halve the estimate again. The newest items of a language are walked on an
-- index whose condition the search's expression implies (a strict operator on it implies that it
-- is not null), for the same reason. search.NewsSearch writes the same expressions: they must stay
-- equal, character for character in meaning, or the indexes are not used (SearchPlansIT).
-- A third language needs its two indexes here.
drop index news_items_search_en_idx;
drop index news_items_search_es_idx;

create index news_items_search_en_idx on news_items
    using gin ((case when language = 'en' then search_vector end));
create index news_items_search_es_idx on news_items
    using gin ((case when language = 'es' then search_vector end));

create index news_items_newest_en_idx on news_items (published_at desc, id desc)
    where status = 'PUBLISHED' and (case when language = 'en' then search_vector end) is not null;
create index news_items_newest_es_idx on news_items (published_at desc, id desc)
    where status = 'PUBLISHED' and (case when language = 'es' then search_vector end) is not null;

-- The expressions' statistics exist from the next ANALYZE; without them every search is estimated
-- as rare until autovacuum analyzes the table, which a news site's slow growth may take weeks to
-- trigger. About 3 s at 100,000 items.
analyze news_items;
