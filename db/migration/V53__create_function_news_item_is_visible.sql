-- The visibility rule, in one place: an item is visible when it is published and its publication
-- instant is not in the future ("scheduled" is published with a future instant). Every query that
-- shows, counts or dates public content calls these (listings, feeds, sitemaps, search, the
-- content version, the admin counts and filters, tag counts); nothing writes the rule out again.
--
-- Both are plain SQL expressions of their arguments (language sql, immutable, not strict, no FROM),
-- so the planner inlines them into the calling query before it chooses a plan: a query that calls
-- news_item_is_visible(i.status, i.published_at, :now) is planned exactly as one that says
-- i.status = 'PUBLISHED' and i.published_at <= :now, and still walks the partial index
-- news_items_visible_idx (where status = 'PUBLISHED'). Changing them must keep them inlinable.
create function news_item_is_visible(status text, published_at timestamptz, instant timestamptz) returns boolean
    language sql immutable parallel safe
    return status = 'PUBLISHED' and published_at <= instant;

create function news_item_is_scheduled(status text, published_at timestamptz, instant timestamptz) returns boolean
    language sql immutable parallel safe
    return status = 'PUBLISHED' and published_at > instant;
