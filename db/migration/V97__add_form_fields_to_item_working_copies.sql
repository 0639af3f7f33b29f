-- Nothing lost while writing (issue 16 §2): a working copy keeps every field of the item form, not
-- only its text: the publication date and time, the lead picture, the withdrawal note and the
-- language, as typed (the form's fields are all text, so a half-typed date comes back as it was).
-- Null means the copy did not hold the field (a copy kept before this migration, or a form without
-- that field): the item's saved value is shown there. Limits as for the text: twice what the item
-- keeps, so that a value over its limit is kept too and refused only when saved.
alter table item_working_copies
    add column date            text check (char_length(date) <= 100),
    add column time            text check (char_length(time) <= 100),
    add column lead_picture    text check (char_length(lead_picture) <= 100),
    add column withdrawal_note text check (char_length(withdrawal_note) <= 2000),
    add column language        text check (char_length(language) <= 100);
