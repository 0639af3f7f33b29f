-- One range for every date an editor or an import can set (site.DateRange: the years 1900 to
-- 2200 in the site's time zone; here with a day's margin, so that any zone's first and last day
-- fit). Dates already outside it were typing mistakes (year 0001, -0001) that broke the archive
-- and the sitemaps; they are brought to the nearest bound first, so the check can hold.
update news_items
set published_at = least(greatest(published_at, timestamptz '1899-12-31 00:00:00+00'), timestamptz '2201-01-01 23:59:59+00')
where published_at < timestamptz '1899-12-31 00:00:00+00' or published_at >= timestamptz '2201-01-02 00:00:00+00';

update news_items
set first_published_at = least(greatest(first_published_at, timestamptz '1899-12-31 00:00:00+00'), timestamptz '2201-01-01 23:59:59+00')
where first_published_at < timestamptz '1899-12-31 00:00:00+00' or first_published_at >= timestamptz '2201-01-02 00:00:00+00';

update news_items
set created_at = least(greatest(created_at, timestamptz '1899-12-31 00:00:00+00'), timestamptz '2201-01-01 23:59:59+00'),
    updated_at = least(greatest(updated_at, timestamptz '1899-12-31 00:00:00+00'), timestamptz '2201-01-01 23:59:59+00')
where created_at < timestamptz '1899-12-31 00:00:00+00' or created_at >= timestamptz '2201-01-02 00:00:00+00'
   or updated_at < timestamptz '1899-12-31 00:00:00+00' or updated_at >= timestamptz '2201-01-02 00:00:00+00';

alter table news_items
    add constraint news_items_dates_in_range check (
        (published_at is null or (published_at >= timestamptz '1899-12-31 00:00:00+00' and published_at < timestamptz '2201-01-02 00:00:00+00'))
        and (first_published_at is null or (first_published_at >= timestamptz '1899-12-31 00:00:00+00' and first_published_at < timestamptz '2201-01-02 00:00:00+00'))
        and created_at >= timestamptz '1899-12-31 00:00:00+00' and created_at < timestamptz '2201-01-02 00:00:00+00'
        and updated_at >= timestamptz '1899-12-31 00:00:00+00' and updated_at < timestamptz '2201-01-02 00:00:00+00'
    );
