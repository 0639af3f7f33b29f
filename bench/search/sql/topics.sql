select t.slug, t.name from tags t
cross join lateral (select 1 from news_item_tags nit join news_items i on i.id = nit.news_item_id
                    where nit.tag_id = t.id and news_item_is_visible(i.status, i.published_at, :now)
                    limit 1) visible
order by lower(t.name);
