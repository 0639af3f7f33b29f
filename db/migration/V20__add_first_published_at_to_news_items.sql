-- When an item was first visible to the public (null: never). Changing the slug of an item that has
-- been public keeps the old slug in news_item_slugs, so that links to it answer 301; the slug of an
-- item nobody could see is changed without a trace. Scheduled publishing needs no job, so an item
-- can become public without a write: the editor also treats an item visible at the moment of a save
-- as public, and records it then.
alter table news_items add column first_published_at timestamptz;

-- Items published or withdrawn before this column existed were public from their publication date.
update news_items set first_published_at = published_at
where status in ('PUBLISHED', 'WITHDRAWN') and published_at is not null and published_at <= now();
