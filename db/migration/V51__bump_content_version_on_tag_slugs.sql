-- A tag's old slugs (V13) decide what /tags/{old-slug} answers: a 301 to the tag, or a 404.
-- That is something a reader sees, so a write to them changes the content version like any
-- other content table (V30), whoever writes.
create trigger tag_slugs_content_version
    before insert or update or delete or truncate on tag_slugs
    for each statement execute function bump_content_version();
