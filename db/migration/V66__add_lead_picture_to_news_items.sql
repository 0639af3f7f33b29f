-- An item's optional lead picture (issue 13). A picture in use cannot be deleted (restrict), and
-- deleting an item never deletes a picture.
alter table news_items add column lead_picture_id bigint references pictures (id) on delete restrict;
create index news_items_lead_picture_idx on news_items (lead_picture_id) where lead_picture_id is not null;
