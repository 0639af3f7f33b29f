with recursive years (start) as (
    select date_trunc('year', max(published_at) at time zone :zone) at time zone :zone
    from news_items where news_item_is_visible(status, published_at, :now) and language = :language
    union all
    select (select date_trunc('year', max(i.published_at) at time zone :zone) at time zone :zone
            from news_items i where news_item_is_visible(i.status, i.published_at, :now)
                                    and i.language = :language and i.published_at < years.start)
    from years where years.start is not null
)
select cast(extract(year from start at time zone :zone) as int) as year from years where start is not null;
