-- Full-text search ignores accents ("migracion" finds "Migración") and stems English words
-- ("repatriated" finds "repatriation"). unaccent is not immutable as a function, but as a
-- dictionary inside a text search configuration it is usable in a generated column: the
-- configuration is named by a constant, and to_tsvector(regconfig, text) is immutable.
-- unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists unaccent;

create text search configuration newsdesk_english (copy = english);

-- Words with non-ASCII letters lose their accents before stemming; ASCII words need nothing.
alter text search configuration newsdesk_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;
