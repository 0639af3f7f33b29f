with candidates as (
    select i.id, i.published_at
    from news_items i
    where (case when i.language = 'en' then i.search_vector end) @@ (websearch_to_tsquery('newsdesk_english', :rest) && to_tsquery('newsdesk_english', :prefix))
      and news_item_is_visible(i.status, i.published_at, :now)
    order by i.published_at desc, i.id desc
    limit :candidates
),
ranked as (
    select c.id, c.published_at, count(*) over () as total,
           ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', r.search_vector, (websearch_to_tsquery('newsdesk_english', :rest) && to_tsquery('newsdesk_english', :prefix)), 1)
               / (1 + ln(1 + greatest(extract(epoch from (:now - c.published_at)), 0) / 31557600.0)) as score
    from candidates c
    join news_items r on r.id = c.id
    order by score desc, c.published_at desc, c.id desc
    limit :limit offset :offset
)
select i.id, i.slug, i.title, i.published_at, ranked.total, headline.summary_snippet, p.id as picture_id, p.hash as picture_hash, p.width as picture_width, p.height as picture_height, p.alt_text as picture_alt_text, p.caption as picture_caption, p.credit as picture_credit, p.focal_x as picture_focal_x, p.focal_y as picture_focal_y, p.variants_ready as picture_variants_ready, p.crops_focal as picture_crops_focal,
       case when strpos(headline.summary_snippet, :start) = 0 and i.body_html <> ''
            then ts_headline('newsdesk_english', translate(regexp_replace(i.body_html, '<[^>]*>', ' ', 'g'), :markers, ''),
                             (websearch_to_tsquery('newsdesk_english', :rest) && to_tsquery('newsdesk_english', :prefix)), :options)
       end as body_snippet
from ranked
join news_items i on i.id = ranked.id
left join pictures p on p.id = i.lead_picture_id
cross join lateral (select ts_headline('newsdesk_english', translate(i.summary, :markers, ''), (websearch_to_tsquery('newsdesk_english', :rest) && to_tsquery('newsdesk_english', :prefix)), :options)
                    as summary_snippet) headline
order by ranked.score desc, ranked.published_at desc, ranked.id desc;
