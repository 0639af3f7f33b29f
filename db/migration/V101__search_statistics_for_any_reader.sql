-- How many most common words PostgreSQL's statistics hold for a language's text index
-- (search.PrefixEstimates; V100). pg_stats shows an index expression's statistics only to users
-- with privileges on the index, which only its owner has: a site whose database user only reads
-- and writes news_items (its tables made by another user, the one migrations run as) saw none, and
-- widened every prefix. The planner itself reads the statistics whatever the user; only the view
-- hides them.
--
-- This function runs as its owner, the user that made the indexes here, and tells any caller one
-- number about one of this schema's two text indexes, nothing else. Its search_path is fixed, so a
-- caller's objects cannot stand in for pg_catalog's; the schema is written into it here.
do $migration$
begin
    execute format($function$
        create function %1$I.news_items_search_words(language text) returns integer
            language sql stable security definer
            set search_path = pg_catalog, pg_temp
        as $body$
            select coalesce(max(array_length(s.most_common_elems, 1)), 0)
            from pg_stats s
            where s.schemaname = %2$L
              and s.tablename = 'news_items_search_' || language || '_idx'
              and language in ('en', 'es')
        $body$
        $function$, current_schema(), current_schema());
end
$migration$;
