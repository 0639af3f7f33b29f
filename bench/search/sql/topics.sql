select coalesce(tr.slug, t.slug) as slug, coalesce(tr.name, t.name) as name,
       tr.name is null and :language <> 'en' as untranslated
from tags t
left join tag_translations tr on tr.tag_id = t.id and tr.language = :language
cross join lateral (select 1 from news_item_tags nit join news_items i on i.id = nit.news_item_id
                    where nit.tag_id = t.id and news_item_is_visible(i.status, i.published_at, :now)
                      and i.language = :language
                    limit 1) visible
order by lower(coalesce(tr.name, t.name));
