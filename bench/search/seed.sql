-- 100,000 news items, half in English and half in Spanish (issue 14), with the words, names and
-- proportions of the customer's news in each language: short
-- titles and one-paragraph summaries about migration in Mesoamerica, a Markdown-like HTML body
-- on half of them, one to three topics each, ten years of dates, and a few drafts, withdrawn and
-- scheduled items. Word frequencies are skewed (a few words in most items, most words rare), as
-- in real text. Deterministic: the same seed gives the same rows.
\set ON_ERROR_STOP on
\o /dev/null
select setseed(0.20171204);
\o

-- The vocabulary, most frequent first: words are drawn with Zipf's law (rank r with a probability
-- proportional to 1/r), so "the" is in every item, "migration" in most, "trafficking" in about a third,
-- a town like "Tapachula" in a few percent, and the long tail of names (made-up words here) in
-- very few: the shape of real text, which is what index and ranking costs depend on. Names and
-- terms that come as several words ("human trafficking", "Costa Rica") are drawn as one, as real
-- text has them side by side far more often than chance would.
create temporary table vocabulary (language text not null, rank int not null, word text not null,
                                   primary key (language, rank));
-- The long tail of both languages: 20,000 made-up names and rare words.
create temporary table long_tail as
select row_number() over (order by md5(s1.s || s2.s || s3.s)) as rank, initcap(s1.s || s2.s || s3.s) as word
from unnest(array['ka', 'lo', 'mi', 'ta', 'ren', 'sul', 'dor', 'vi', 'na', 'pe', 'qu', 'bra', 'te', 'zu',
                  'gon', 'ma', 'ri', 'cha', 'lu', 'xe', 'ho', 'ban', 'ti', 'ce', 'mo', 'ja', 'fel',
                  'ru', 'so', 'ye']) with ordinality s1(s, n)
cross join unnest(array['ka', 'lo', 'mi', 'ta', 'ren', 'sul', 'dor', 'vi', 'na', 'pe', 'qu', 'bra', 'te',
                        'zu', 'gon', 'ma', 'ri', 'cha', 'lu', 'xe', 'ho', 'ban', 'ti', 'ce', 'mo', 'ja',
                        'fel', 'ru', 'so', 'ye']) with ordinality s2(s, n)
cross join unnest(array['ca', 'les', 'nia', 'to', 'ral', 'ina', 'pa', 'dez', 'ro', 'mas', 'lia', 'no',
                        'tes', 'go', 'var', 'sa', 'ria', 'do', 'nes', 'la', 'cos', 'ba']) with ordinality s3(s, n)
order by md5(s1.s || s2.s || s3.s)
limit 20000;
insert into vocabulary (language, rank, word)
select 'en', rank, word from unnest(array[
    'the', 'of', 'and', 'in', 'to', 'a', 'for', 'with', 'migration', 'on', 'by', 'migrants', 'IOM', 'from', 'at',
    'as', 'Mesoamerica', 'Programme', 'regional', 'its', 'their', 'border', 'countries', 'support', 'this',
    'government', 'national', 'protection', 'that', 'trafficking', 'persons', 'was', 'were', 'workshop',
    'training', 'human trafficking', 'local', 'children', 'health', 'has', 'have', 'return', 'returned', 'repatriation', 'governance',
    'management', 'rights', 'human', 'which', 'who', 'smuggling', 'labour', 'workers', 'women', 'families',
    'communities', 'trafficking in persons', 'shelter', 'shelters', 'consular', 'authorities', 'officials', 'ministry', 'institute', 'civil',
    'society', 'organisations', 'cooperation', 'information', 'campaign', 'awareness', 'prevention', 'victims',
    'assistance', 'more', 'than', 'new', 'Costa Rica', 'Guatemala', 'Honduras', 'Nicaragua', 'El Salvador',
    'Panamá', 'Panama', 'México', 'Mexico', 'Belize', 'reintegration', 'displacement', 'climate', 'disaster',
    'hurricane', 'emergency', 'response', 'capacity', 'strengthening', 'policy', 'policies', 'migration governance', 'data', 'statistics',
    'study', 'report', 'conference', 'meeting', 'dialogue', 'agreement', 'plan', 'strategy', 'first', 'second',
    'year', 'years', 'month', 'week', 'day', 'people', 'group', 'groups', 'team', 'work', 'working', 'together',
    'towards', 'border management', 'better', 'access', 'services', 'service', 'programme', 'project', 'projects', 'activities',
    'results', 'smuggling of migrants', 'civil society', 'migratory', 'irregular', 'regular', 'safe', 'orderly', 'documents', 'identity', 'registration',
    'participated', 'presented', 'organised', 'organized', 'held', 'met', 'signed', 'launched', 'opened',
    'announced', 'received', 'delivered', 'trained', 'strengthened', 'improved', 'coordinated', 'discussed',
    'shared', 'agreed', 'reviewed', 'visited', 'supported', 'promoted', 'developed', 'implemented', 'published',
    'unaccompanied', 'adolescents', 'schools', 'students', 'teachers', 'youth', 'employment', 'employers', 'unions',
    'remittances', 'development', 'Agenda', '2030', 'sustainable', 'cities', 'municipal', 'mayors', 'municipalities',
    'experience', 'experiences', 'practices', 'lessons', 'challenges', 'opportunities', 'needs', 'situation',
    'context', 'framework', 'process', 'processes', 'mechanism', 'mechanisms', 'coordination', 'inter-institutional',
    'committee', 'commission', 'council', 'network', 'partners', 'partner', 'donors', 'funding', 'Department',
    'Central America', 'United Nations', 'United States', 'Caribbean', 'Americas', 'RCM', 'Regional Conference on Migration',
    'Migración', 'Dirección', 'General', 'Extranjería', 'Instituto', 'Nacional', 'San José', 'Chiapas',
    'Tapachula', 'Darién', 'Choluteca', 'Chinandega', 'Tegucigalpa', 'Managua', 'Belmopan', 'Tijuana',
    'Ciudad Juárez', 'Petén', 'Colón', 'Limón', 'helplines', 'hotline',
    'MigrantApp', 'tool', 'digital', 'application', 'refugees', 'asylum', 'resettlement', 'caravan', 'transit',
    'crossing', 'routes', 'networks', 'police', 'prosecutors', 'justice', 'judges', 'law', 'legislation', 'reform',
    'standards', 'procedures', 'permits', 'visas', 'nationals', 'diaspora', 'consulates', 'Bureau', 'Population',
    'State', 'office', 'offices', 'centre', 'centres', 'reception', 'airport', 'flights', 'buses', 'north', 'south',
    'east', 'west', 'highlands', 'coast', 'province', 'department', 'capital', 'rural', 'urban', 'indigenous',
    'languages', 'radio', 'television', 'social', 'media', 'video', 'posters', 'guide', 'manual', 'course',
    'courses', 'diploma', 'graduates', 'volunteers', 'doctors', 'nurses', 'vaccination', 'COVID-19', 'pandemic',
    'water', 'food', 'kits', 'hygiene', 'housing', 'income', 'livelihoods', 'entrepreneurs', 'small', 'businesses',
    'markets', 'coffee', 'harvest', 'seasonal', 'agricultural', 'construction', 'tourism']
    -- The long tail, the same in both languages.
    || array(select word from long_tail order by rank)
    -- Real places at the far end: each in a few dozen items, as a small town would be.
    || array['Upala', 'Los Chiles', 'Guanacaste']) with ordinality as w(word, rank);
-- The Spanish items' vocabulary: the same kind of words in Spanish (accents included, as the
-- customer writes them), with the same long tail of names.
insert into vocabulary (language, rank, word)
select 'es', rank, word from unnest(array[
    'de', 'la', 'y', 'en', 'el', 'a', 'los', 'para', 'con', 'migración', 'las', 'por', 'personas', 'migrantes', 'OIM', 'del',
    'se', 'Mesoamérica', 'Programa', 'regional', 'su', 'sus', 'frontera', 'países', 'apoyo', 'este',
    'gobierno', 'nacional', 'protección', 'que', 'trata', 'tráfico', 'fue', 'fueron', 'taller',
    'capacitación', 'trata de personas', 'local', 'niñez', 'salud', 'ha', 'han', 'retorno', 'retornados', 'repatriación', 'gobernanza',
    'gestión', 'derechos', 'humanos', 'cual', 'quienes', 'migrante', 'laboral', 'trabajadores', 'mujeres', 'familias',
    'comunidades', 'tráfico ilícito de migrantes', 'albergue', 'albergues', 'consular', 'autoridades', 'funcionarios', 'ministerio', 'instituto', 'civil',
    'sociedad', 'organizaciones', 'cooperación', 'información', 'campaña', 'sensibilización', 'prevención', 'víctimas',
    'asistencia', 'más', 'que', 'nuevo', 'Costa Rica', 'Guatemala', 'Honduras', 'Nicaragua', 'El Salvador',
    'Panamá', 'Panama', 'México', 'Mexico', 'Belice', 'reintegración', 'desplazamiento', 'clima', 'desastre',
    'huracán', 'emergencia', 'respuesta', 'capacidades', 'fortalecimiento', 'política', 'políticas', 'gobernanza migratoria', 'datos', 'estadísticas',
    'estudio', 'informe', 'conferencia', 'reunión', 'diálogo', 'acuerdo', 'plan', 'estrategia', 'primer', 'segundo',
    'año', 'años', 'mes', 'semana', 'día', 'gente', 'grupo', 'grupos', 'equipo', 'trabajo', 'trabajando', 'juntos',
    'hacia', 'gestión de fronteras', 'mejor', 'acceso', 'servicios', 'servicio', 'programa', 'proyecto', 'proyectos', 'actividades',
    'resultados', 'migraciones', 'sociedad civil', 'migratoria', 'migratorio', 'irregular', 'regular', 'segura', 'ordenada', 'documentos', 'identidad', 'registro',
    'participaron', 'presentó', 'organizó', 'organizaron', 'realizó', 'reunieron', 'firmaron', 'lanzó', 'inauguró',
    'anunció', 'recibieron', 'entregó', 'capacitó', 'fortaleció', 'mejoró', 'coordinó', 'discutieron',
    'compartieron', 'acordaron', 'revisaron', 'visitó', 'apoyó', 'promovió', 'desarrolló', 'implementó', 'publicó',
    'no acompañados', 'adolescentes', 'escuelas', 'estudiantes', 'docentes', 'juventud', 'empleo', 'empleadores', 'sindicatos',
    'remesas', 'desarrollo', 'Agenda', '2030', 'sostenible', 'ciudades', 'municipal', 'alcaldes', 'municipalidades',
    'experiencia', 'experiencias', 'prácticas', 'lecciones', 'desafíos', 'oportunidades', 'necesidades', 'situación',
    'contexto', 'marco', 'proceso', 'procesos', 'mecanismo', 'mecanismos', 'coordinación', 'interinstitucional',
    'comité', 'comisión', 'consejo', 'red', 'socios', 'socio', 'donantes', 'financiamiento', 'Departamento',
    'Centroamérica', 'Naciones Unidas', 'Estados Unidos', 'Caribe', 'Américas', 'CRM', 'Conferencia Regional sobre Migración',
    'Migración', 'Dirección', 'General', 'Extranjería', 'Instituto', 'Nacional', 'San José', 'Chiapas',
    'Tapachula', 'Darién', 'Choluteca', 'Chinandega', 'Tegucigalpa', 'Managua', 'Belmopan', 'Tijuana',
    'Ciudad Juárez', 'Petén', 'Colón', 'Limón', 'líneas de ayuda', 'línea telefónica',
    'MigrantApp', 'herramienta', 'digital', 'aplicación', 'refugiados', 'asilo', 'reasentamiento', 'caravana', 'tránsito',
    'cruce', 'rutas', 'redes', 'policía', 'fiscales', 'justicia', 'jueces', 'ley', 'legislación', 'reforma',
    'normas', 'procedimientos', 'permisos', 'visas', 'nacionales', 'diáspora', 'consulados', 'Oficina', 'Población',
    'Estado', 'oficina', 'oficinas', 'centro', 'centros', 'recepción', 'aeropuerto', 'vuelos', 'autobuses', 'norte', 'sur',
    'este', 'oeste', 'altiplano', 'costa', 'provincia', 'departamento', 'capital', 'rural', 'urbano', 'indígenas',
    'idiomas', 'radio', 'televisión', 'redes sociales', 'video', 'afiches', 'guía', 'manual', 'curso',
    'cursos', 'diplomado', 'graduados', 'voluntarios', 'médicos', 'enfermeras', 'vacunación', 'COVID-19', 'pandemia',
    'agua', 'alimentos', 'kits', 'higiene', 'vivienda', 'ingresos', 'medios de vida', 'emprendedores', 'pequeñas', 'empresas',
    'mercados', 'café', 'cosecha', 'temporal', 'agrícola', 'construcción', 'turismo', 'migracion', 'migrar', 'migró']
    -- The long tail, the same in both languages.
    || array(select word from long_tail order by rank)
    -- Real places at the far end: each in a few dozen items, as a small town would be.
    || array['Upala', 'Los Chiles', 'Guanacaste']) with ordinality as w(word, rank);
analyze vocabulary;

insert into tags (name, slug, created_at)
select name, lower(regexp_replace(translate(name, 'áéíóúñ', 'aeioun'), '[^A-Za-z0-9]+', '-', 'g')), now()
from unnest(array['Belize', 'Border management', 'Climate and migration', 'Consular services', 'Costa Rica',
    'El Salvador', 'Guatemala', 'Honduras', 'Labour migration', 'Local governments', 'Mexico', 'Migrant children',
    'Migrant health', 'Migration governance', 'Nicaragua', 'Panamá', 'Regional Conference on Migration',
    'Repatriation', 'Smuggling of migrants', 'Trafficking in persons', 'Migration data', 'Reintegration',
    'Counter-trafficking', 'Diaspora', 'Emergencies', 'Gender', 'Youth', 'Indigenous peoples', 'Remittances',
    'Capacity building']) as name;

-- n words of a language drawn from its vocabulary by Zipf's law: floor(exp(uniform(0, ln(N + 1)))) is rank r with P ~ 1/r.
create function pg_temp.words(n int, lang text) returns text language sql volatile as $$
    select string_agg(v.word, ' ' order by pick.i)
    from (select max(rank) as total from vocabulary where language = words.lang) size
    cross join generate_series(1, greatest(words.n, 1)) pick(i)
    cross join lateral (select least(size.total, floor(exp(random() * ln(size.total + 1)))::int) + 0 * pick.i as rank) drawn
    join vocabulary v on v.language = words.lang and v.rank = drawn.rank
$$;

-- One to three topics per item, the first topics more often. Drawn before the items, so that
-- each item is inserted with its search_tags and search_tag_ids already right and the link
-- triggers have nothing to update (they still run, and check).
create temporary table picks as
select distinct g, t.id as tag_id
from generate_series(1, 100000) g
-- (0 * g makes the subquery depend on the item, so that it is drawn again for each one.)
cross join lateral (select 1 + floor(power(random(), 1.5) * 30)::int + 0 * pick as n
                    from generate_series(1, 1 + (random() * 2)::int + 0 * g) pick) topic
join (select row_number() over (order by id) as n, id from tags) t on t.n = topic.n;
create index on picks (g);
analyze picks;

\echo Seeding 100,000 items (a minute or two)…
insert into news_items (slug, title, summary, body_markdown, body_html, status, published_at, created_at, created_by,
                        updated_at, updated_by, search_tags, search_tag_ids, language)
select 'item-' || g,
       initcap(left(pg_temp.words(6 + (random() * 8)::int, item.lang), 200)),
       left(initcap(pg_temp.words(1, item.lang)) || ' ' || pg_temp.words(30 + (random() * 40)::int, item.lang) || '.', 1000),
       body.text,
       case when body.text = '' then '' else '<p>' || replace(body.text, E'\n\n', '</p>' || E'\n' || '<p>') || '</p>' end,
       case when state < 0.02 then 'DRAFT' when state < 0.03 then 'WITHDRAWN' else 'PUBLISHED' end,
       case when state < 0.02 then null
            -- 1% scheduled in the coming month; the rest over the last ten years.
            when state > 0.99 then now() + random() * interval '30 days'
            else now() - random() * interval '3650 days' end,
       now(), 'bench', now(), 'bench',
       coalesce((select string_agg(t.name, ' ' order by lower(t.name)) from picks p join tags t on t.id = p.tag_id
                 where p.g = item.g), ''),
       array(select p.tag_id from picks p where p.g = item.g order by p.tag_id),
       item.lang
-- Every other item Spanish: each language has half the items, spread over the same ten years.
from (select g, random() as state, random() < 0.5 as has_body, case when g % 2 = 0 then 'es' else 'en' end as lang
      from generate_series(1, 100000) g) item
cross join lateral (
    select case when not item.has_body then ''
                else pg_temp.words(40 + (random() * 80)::int, item.lang) || '.' || E'\n\n'
                     || pg_temp.words(40 + (random() * 80)::int, item.lang) || '.' || E'\n\n'
                     || pg_temp.words(20 + (random() * 60)::int, item.lang) || '.' end as text
    where item.g is not null) body;

\echo Tagging…
insert into news_item_tags (news_item_id, tag_id)
select i.id, p.tag_id from picks p join news_items i on i.slug = 'item-' || p.g;

vacuum analyze news_items;
vacuum analyze news_item_tags;
vacuum analyze tags;
