-- Notifications to crawlers (WebSub hubs, IndexNow) of a change the public can see. A row is
-- written in the same transaction as the change it announces, so it exists exactly when the change
-- committed; it is sent afterwards, by whichever app instance claims it first (FOR UPDATE SKIP
-- LOCKED, then a lease in claimed_until while the request is under way), so that several
-- instances on one database send it once. A failed attempt is retried with back-off.
create table crawler_notifications (
    id              bigint generated always as identity primary key,
    channel         text        not null check (channel in ('WEBSUB', 'INDEXNOW')),
    -- The item announced, if any: a later save of the item replaces its pending scheduled notification.
    -- No foreign key: a deleted draft leaves nothing to announce, and a sent row is history.
    news_item_id    bigint,
    -- Absolute URLs, one per line: feed URLs for WebSub, page URLs for IndexNow.
    urls            text        not null check (char_length(urls) between 1 and 1000000),
    created_at      timestamptz not null,
    -- When to try next: at once, at a scheduled item's publication instant, or after a back-off.
    next_attempt_at timestamptz not null,
    -- Set by the instance sending it: until then nobody else takes it.
    claimed_until   timestamptz,
    attempts        int         not null default 0 check (attempts >= 0),
    status          text        not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    last_attempt_at timestamptz,
    last_result     text        check (char_length(last_result) <= 500)
);

create index crawler_notifications_due on crawler_notifications (channel, next_attempt_at) where status = 'PENDING';
create index crawler_notifications_item on crawler_notifications (news_item_id) where status = 'PENDING';
create index crawler_notifications_attempted on crawler_notifications (channel, last_attempt_at desc)
    where last_attempt_at is not null;
