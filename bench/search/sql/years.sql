with recursive years (start) as (
    select date_trunc('year', max(published_at) at time zone :zone) at time zone :zone
    from news_items where status = 'PUBLISHED' and published_at <= :now
    union all
    select (select date_trunc('year', max(i.published_at) at time zone :zone) at time zone :zone
            from news_items i where i.status = 'PUBLISHED' and i.published_at < years.start)
    from years where years.start is not null
)
select cast(extract(year from start at time zone :zone) as int) as year from years where start is not null;
