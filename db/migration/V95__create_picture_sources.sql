-- The files pictures were imported from (issue 13: the zip export carries each picture's master).
-- An imported file is made safe like an upload, encoded again, so the picture it becomes has
-- another hash than the file: this remembers which file (by the same hash of its bytes) each
-- picture came from, so that importing the same export again reuses the picture instead of adding
-- a copy. A replaced or deleted picture forgets its sources.
create table picture_sources (
    hash        text   primary key check (hash ~ '^[0-9a-f]{20}$'),
    picture_id  bigint not null references pictures (id) on delete cascade
);
create index picture_sources_picture_idx on picture_sources (picture_id);
