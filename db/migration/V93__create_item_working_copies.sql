-- Nothing lost while writing (issue 16 §2): the item form's script keeps what an editor is typing
-- here every few seconds (news.ItemWorkingCopies), one row per editor and item, or per editor and
-- new-item form (its creation token) before the item exists. Not a revision: it is offered back
-- when the editor opens the item again (after a crash, a closed tab, an expired session), removed
-- when they save or discard it, and removed by a daily job when old. base_version is the item's
-- version the text was typed over, so that restoring it goes through the same version check as a
-- save and never silently replaces a colleague's newer save.
create table item_working_copies (
    id           bigserial primary key,
    user_name    varchar(320) not null,
    news_item_id bigint references news_items (id) on delete cascade,
    form_token   uuid,
    base_version bigint,
    title        text not null check (char_length(title) <= 2000),
    summary      text not null check (char_length(summary) <= 10000),
    body         text not null check (char_length(body) <= 200000),
    tags         text not null check (char_length(tags) <= 10000),
    slug         text not null check (char_length(slug) <= 1000),
    saved_at     timestamptz not null,
    check ((news_item_id is null) <> (form_token is null))
);

create unique index item_working_copies_per_item on item_working_copies (user_name, news_item_id) where news_item_id is not null;
create unique index item_working_copies_per_form on item_working_copies (user_name, form_token) where form_token is not null;
create index item_working_copies_saved_at on item_working_copies (saved_at);
