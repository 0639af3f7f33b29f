-- A search is always in one language, and its statement names that language as a constant
-- (search.NewsSearch.pageSql): with one text index per language, PostgreSQL finds a language's
-- matches in that language's index alone. With one index for both, it combined the index with the
-- language index (a BitmapAnd over half the table): the Spanish prefix query "tráfico ilíc" took
-- 65 ms at 100,000 items, half in each language (bench/search/README.md). A third language needs
-- its own index here.
create index news_items_search_en_idx on news_items using gin (search_vector) where language = 'en';
create index news_items_search_es_idx on news_items using gin (search_vector) where language = 'es';
drop index news_items_search_idx;
