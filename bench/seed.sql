-- Seeds :items visible news items (psql variable) with tags and 300–600-word Markdown bodies,
-- straight into the tables (the fast path: one INSERT … SELECT, no HTTP, no JPA).
-- Usage: psql -v items=10000 -f seed.sql
\set ON_ERROR_STOP on
-- The commit must be on disk before VACUUM runs (an embedded PostgreSQL commits asynchronously):
-- otherwise VACUUM cannot tell that the new rows are visible to all, leaves the visibility map
-- empty, and every index-only scan (counts, deep listing pages) reads the table instead.
set synchronous_commit = on;
begin;
truncate news_items, tags, news_item_tags, news_item_slugs restart identity cascade;

insert into tags (name, slug, created_at)
select name, slug, now()
from (values
    ('Trafficking in persons', 'trafficking-in-persons'), ('Migration governance', 'migration-governance'),
    ('Repatriation', 'repatriation'), ('Border management', 'border-management'),
    ('Consular services', 'consular-services'), ('Migrant children', 'migrant-children'),
    ('Labour migration', 'labour-migration'), ('Smuggling of migrants', 'smuggling-of-migrants'),
    ('Local governments', 'local-governments'), ('Climate and migration', 'climate-and-migration'),
    ('Migrant health', 'migrant-health'), ('Regional Conference on Migration', 'regional-conference-on-migration'),
    ('Mexico', 'mexico'), ('Guatemala', 'guatemala'), ('Honduras', 'honduras'), ('El Salvador', 'el-salvador'),
    ('Nicaragua', 'nicaragua'), ('Costa Rica', 'costa-rica'), ('Panama', 'panama'), ('Belize', 'belize')
) as t(name, slug);

-- A pool of paragraphs; each body joins four to six of them (about 300 to 600 words).
create temporary table paragraphs as
select n, string_agg(word, ' ' order by k) || '.' as text
from generate_series(1, 60) as n,
     lateral (
        select k, (array['migration', 'governance', 'authorities', 'trafficking', 'persons', 'victims', 'protection',
                         'repatriation', 'assisted', 'voluntary', 'return', 'border', 'management', 'officers',
                         'consular', 'services', 'children', 'adolescents', 'unaccompanied', 'labour', 'workers',
                         'recruitment', 'smuggling', 'networks', 'municipal', 'local', 'governments', 'climate',
                         'displacement', 'health', 'programme', 'regional', 'conference', 'ministry', 'workshop',
                         'training', 'community', 'shelter', 'identification', 'referral', 'coordination',
                         'Guatemala', 'Honduras', 'Mexico', 'Costa', 'Rica', 'Panama', 'Belize', 'Nicaragua',
                         'Salvador', 'data', 'research', 'reintegration', 'families', 'rights', 'the', 'of', 'and',
                         'in', 'with', 'for', 'on'])[1 + ((n * 7919 + k * 104729) % 62)] as word
        from generate_series(1, 100) as k
     ) as words
group by n;

insert into news_items (slug, title, summary, body_markdown, body_html, status, published_at,
                        created_at, created_by, updated_at, updated_by)
select 'news-item-' || i,
       'News item ' || i || ': ' || (array['Authorities strengthen', 'Workshop on', 'Regional dialogue about',
            'New guidance for', 'Training in'])[1 + i % 5] || ' ' ||
            (array['migration governance', 'trafficking in persons', 'assisted voluntary return', 'border management',
                   'consular services', 'migrant children'])[1 + i % 6],
       'Officials and partners met to review progress on item ' || i || ', with commitments on protection, '
            || 'coordination and data sharing across the region.',
       body, '<p>' || replace(body, E'\n\n', E'</p>\n<p>') || '</p>',
       'PUBLISHED',
       now() - make_interval(mins => i * 26),
       now(), 'bench', now(), 'bench'
from (
    select i, (select string_agg(text, E'\n\n' order by m)
               from (select p.text, m from generate_series(0, 3 + i % 3) as m
                     join paragraphs p on p.n = 1 + (i * 13 + m * 17) % 60) as chosen) as body
    from generate_series(1, :items) as i
) as generated;

insert into news_item_tags (news_item_id, tag_id)
select distinct i.id, 1 + (i.id * k) % 20
from news_items i, generate_series(1, 3) as k
where k <= 1 + i.id % 3;

commit;
vacuum analyze;
