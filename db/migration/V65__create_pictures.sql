-- Pictures (issue 13). A picture is what an editor uploaded, made safe: decoded, oriented,
-- converted to sRGB and encoded again from its pixels, so that no metadata of the file (EXIF, GPS,
-- XMP, IPTC) survives anywhere, not even in a backup. Its files (the re-encoded master, the
-- width variants in WebP and JPEG, the crops) are named by the master's content hash, so their
-- URLs never change meaning and are cached for a year; a replaced picture gets a new hash.
create table pictures (
    id              bigint generated always as identity primary key,
    hash            text        not null,
    -- The master's size in pixels, after orientation (at most 2048 px on its long edge).
    width           int         not null check (width between 1 and 20000),
    height          int         not null check (height between 1 and 20000),
    -- The uploaded file's type and pixel size, as found by content sniffing.
    source_type     text        not null check (source_type in ('JPEG', 'PNG', 'WEBP')),
    source_width    int         not null check (source_width > 0),
    source_height   int         not null check (source_height > 0),
    alt_text        text        not null default '' check (char_length(alt_text) <= 300 and alt_text !~ '[\r\n]'),
    caption         text        not null default '' check (char_length(caption) <= 500 and caption !~ '[\r\n]'),
    credit          text        not null default '' check (char_length(credit) <= 200 and credit !~ '[\r\n]'),
    -- The focal point, in percent of the width and height: crops keep it in view.
    focal_x         int         not null default 50 check (focal_x between 0 and 100),
    focal_y         int         not null default 50 check (focal_y between 0 and 100),
    -- Set by the background job once every variant of this hash (and focal point) is stored.
    variants_ready  boolean     not null default false,
    crops_focal     text,
    created_at      timestamptz not null,
    created_by      text        not null,
    updated_at      timestamptz not null,
    updated_by      text        not null,
    constraint pictures_hash_key unique (hash),
    constraint pictures_hash_format check (hash ~ '^[0-9a-f]{20}$')
);

-- What the media library searches: alt text and caption.
create index pictures_created_idx on pictures (created_at desc, id desc);

-- The files themselves when they are kept in PostgreSQL (the default store): every instance on
-- the database reads them, and a database backup holds them.
create table media_files (
    key             text        primary key check (key ~ '^[0-9a-z.-]{1,80}$'),
    content_type    text        not null check (content_type in ('image/jpeg', 'image/webp')),
    bytes           bytea       not null,
    created_at      timestamptz not null default now()
);
alter table media_files alter column bytes set storage external;

-- Variants to make in the background: claimed by one instance at a time (FOR UPDATE SKIP LOCKED,
-- then a lease in claimed_until), so that of several instances exactly one makes them, and an
-- instance that dies half-way leaves the job to another once its lease has run out.
create table picture_jobs (
    picture_id      bigint      primary key references pictures (id) on delete cascade,
    created_at      timestamptz not null,
    claimed_until   timestamptz,
    attempts        int         not null default 0 check (attempts >= 0),
    last_error      text        check (char_length(last_error) <= 500)
);

-- What pages show of a picture (alt text, caption, credit, whether variants exist) is content:
-- changing it changes the content version like any change to items.
create trigger pictures_content_version
    before update or delete or truncate on pictures
    for each statement execute function bump_content_version();
