-- Schema version 5: journal entries, their history, and one full-text index over everything the
-- user may look for (entries, photos, events, galleries).
-- Once shipped, never edit this file: add a new migration instead.
CREATE TABLE journal_entries (
    id             INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: undo re-creates entries by id
    event_id       INTEGER REFERENCES events (id) ON DELETE SET NULL, -- NULL: stands alone
    title          TEXT    NOT NULL DEFAULT '',
    author         TEXT    NOT NULL DEFAULT '',
    entry_date     TEXT,                         -- 'YYYY-MM-DD', the day it tells of; NULL: none
    categories     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(categories)), -- JSON array
    tags           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),       -- of strings
    -- The cover: a catalog photo, or (imported, not matched to one) the path the post gave.
    cover_photo_id INTEGER REFERENCES photos (id) ON DELETE SET NULL,
    cover_path     TEXT    NOT NULL DEFAULT '',
    cover_alt      TEXT    NOT NULL DEFAULT '',
    cover_width    INTEGER,                      -- as an imported post gave them, in CSS pixels
    cover_height   INTEGER,
    body           TEXT    NOT NULL DEFAULT '',  -- Markdown; photos and galleries by reference
    -- Front matter keys of an imported post that Corkboard has no field for, as YAML, so that an
    -- export gives them back.
    front_matter   TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,             -- ISO 8601, UTC
    updated_at     TEXT    NOT NULL
)
-- @split
CREATE INDEX journal_entries_event ON journal_entries (event_id)
-- @split
-- Earlier texts of an entry to go back to: taken while the user types (every few minutes), when
-- an entry is saved or closed, and before an older version is restored over the current one.
CREATE TABLE journal_entry_versions (
    id        INTEGER PRIMARY KEY,
    entry_id  INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    saved_at  TEXT    NOT NULL,                  -- ISO 8601, UTC
    reason    INTEGER NOT NULL DEFAULT 0 CHECK (reason IN (0, 1, 2, 3)), -- typing, saved, closed, restore
    title     TEXT    NOT NULL DEFAULT '',
    body      TEXT    NOT NULL DEFAULT ''
)
-- @split
CREATE INDEX journal_entry_versions_entry ON journal_entry_versions (entry_id, id)
-- @split
-- The text search looks through, one row per thing to find. Its id says what it is: the
-- thing's id * 4 + its kind (0 entry, 1 photo, 2 event, 3 gallery), so that ranking and grouping
-- the hits needs nothing but the index. Kept up to date by the triggers below; search_index is
-- its FTS5 index.
CREATE TABLE search_documents (
    id        INTEGER PRIMARY KEY,               -- ref id * 4 + kind; search_index's rowid
    title     TEXT    NOT NULL DEFAULT '',       -- ranked above the rest
    body      TEXT    NOT NULL DEFAULT '',       -- entry text, descriptions, captions
    keywords  TEXT    NOT NULL DEFAULT ''        -- keywords, tags, places, camera models
)
-- @split
-- External content: the text lives once, in search_documents, where snippet() reads it.
-- remove_diacritics 2 folds "Café" and "cafe" together; prefix indexes make "ist*" cheap.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, keywords,
    content = 'search_documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
)
-- @split
CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_index (rowid, title, body, keywords)
    VALUES (NEW.id, NEW.title, NEW.body, NEW.keywords);
END
-- @split
CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_index (search_index, rowid, title, body, keywords)
    VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.keywords);
END
-- @split
CREATE TRIGGER search_documents_update AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_index (search_index, rowid, title, body, keywords)
    VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.keywords);
    INSERT INTO search_index (rowid, title, body, keywords)
    VALUES (NEW.id, NEW.title, NEW.body, NEW.keywords);
END
-- @split
-- Photos: title, description; keywords, make and model.
CREATE TRIGGER photos_search_insert AFTER INSERT ON photos BEGIN
    INSERT INTO search_documents (id, title, body, keywords)
    VALUES (NEW.id * 4 + 1, coalesce(NEW.title, ''), coalesce(NEW.description, ''),
            trim(coalesce(NEW.make, '') || ' ' || coalesce(NEW.model, '')));
END
-- @split
CREATE TRIGGER photos_search_update AFTER UPDATE OF title, description, make, model ON photos BEGIN
    UPDATE search_documents
    SET title = coalesce(NEW.title, ''), body = coalesce(NEW.description, ''),
        keywords = trim(coalesce(NEW.make, '') || ' ' || coalesce(NEW.model, '') || ' ' ||
                        coalesce((SELECT group_concat(k.name, ' ') FROM photo_keywords pk
                                  JOIN keywords k ON k.id = pk.keyword_id
                                  WHERE pk.photo_id = NEW.id), ''))
    WHERE id = NEW.id * 4 + 1;
END
-- @split
CREATE TRIGGER photos_search_delete AFTER DELETE ON photos BEGIN
    DELETE FROM search_documents WHERE id = OLD.id * 4 + 1;
END
-- @split
CREATE TRIGGER photo_keywords_search_insert AFTER INSERT ON photo_keywords BEGIN
    UPDATE search_documents
    SET keywords = trim(keywords || ' ' || (SELECT name FROM keywords WHERE id = NEW.keyword_id))
    WHERE id = NEW.photo_id * 4 + 1;
END
-- @split
CREATE TRIGGER photo_keywords_search_delete AFTER DELETE ON photo_keywords BEGIN
    UPDATE search_documents
    SET keywords = (SELECT trim(coalesce(p.make, '') || ' ' || coalesce(p.model, '') || ' ' ||
                                coalesce((SELECT group_concat(k.name, ' ') FROM photo_keywords pk
                                          JOIN keywords k ON k.id = pk.keyword_id
                                          WHERE pk.photo_id = p.id), ''))
                    FROM photos p WHERE p.id = OLD.photo_id)
    -- Not when the photo itself is going (its keywords go first, then its document).
    WHERE id = OLD.photo_id * 4 + 1 AND EXISTS (SELECT 1 FROM photos WHERE id = OLD.photo_id);
END
-- @split
-- Events: title, description, place.
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO search_documents (id, title, body, keywords)
    VALUES (NEW.id * 4 + 2, NEW.title, NEW.description, NEW.place);
END
-- @split
CREATE TRIGGER events_search_update AFTER UPDATE OF title, description, place ON events BEGIN
    UPDATE search_documents SET title = NEW.title, body = NEW.description, keywords = NEW.place
    WHERE id = NEW.id * 4 + 2;
END
-- @split
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    DELETE FROM search_documents WHERE id = OLD.id * 4 + 2;
END
-- @split
-- Galleries: title, and their notes' captions in order.
CREATE TRIGGER galleries_search_insert AFTER INSERT ON galleries BEGIN
    INSERT INTO search_documents (id, title, body)
    VALUES (NEW.id * 4 + 3, NEW.title,
            coalesce((SELECT group_concat(caption, ' ') FROM
                      (SELECT caption FROM gallery_items WHERE gallery_id = NEW.id
                       AND caption <> '' ORDER BY position)), ''));
END
-- @split
CREATE TRIGGER galleries_search_update AFTER UPDATE OF title ON galleries BEGIN
    UPDATE search_documents SET title = NEW.title WHERE id = NEW.id * 4 + 3;
END
-- @split
CREATE TRIGGER galleries_search_delete AFTER DELETE ON galleries BEGIN
    DELETE FROM search_documents WHERE id = OLD.id * 4 + 3;
END
-- @split
CREATE TRIGGER gallery_items_search_insert AFTER INSERT ON gallery_items WHEN NEW.caption <> ''
BEGIN
    UPDATE search_documents
    SET body = coalesce((SELECT group_concat(caption, ' ') FROM
                         (SELECT caption FROM gallery_items WHERE gallery_id = NEW.gallery_id
                          AND caption <> '' ORDER BY position)), '')
    WHERE id = NEW.gallery_id * 4 + 3;
END
-- @split
CREATE TRIGGER gallery_items_search_update AFTER UPDATE OF caption, gallery_id, position
ON gallery_items WHEN NEW.caption <> '' OR OLD.caption <> '' BEGIN
    UPDATE search_documents
    SET body = coalesce((SELECT group_concat(caption, ' ') FROM
                         (SELECT caption FROM gallery_items WHERE gallery_id = search_documents.id / 4
                          AND caption <> '' ORDER BY position)), '')
    WHERE id IN (OLD.gallery_id * 4 + 3, NEW.gallery_id * 4 + 3);
END
-- @split
CREATE TRIGGER gallery_items_search_delete AFTER DELETE ON gallery_items WHEN OLD.caption <> ''
BEGIN
    UPDATE search_documents
    SET body = coalesce((SELECT group_concat(caption, ' ') FROM
                         (SELECT caption FROM gallery_items WHERE gallery_id = OLD.gallery_id
                          AND caption <> '' ORDER BY position)), '')
    WHERE id = OLD.gallery_id * 4 + 3;
END
-- @split
-- Entries: title, body; author, categories, tags and the cover's alt text.
CREATE TRIGGER journal_entries_search_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO search_documents (id, title, body, keywords)
    VALUES (NEW.id * 4, NEW.title, NEW.body,
            trim(NEW.author || ' ' ||
                 coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.categories)), '') ||
                 ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), '') ||
                 ' ' || NEW.cover_alt));
END
-- @split
CREATE TRIGGER journal_entries_search_update
AFTER UPDATE OF title, body, author, categories, tags, cover_alt ON journal_entries BEGIN
    UPDATE search_documents
    SET title = NEW.title, body = NEW.body,
        keywords = trim(NEW.author || ' ' ||
                        coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.categories)), '') ||
                        ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), '') ||
                        ' ' || NEW.cover_alt)
    WHERE id = NEW.id * 4;
END
-- @split
CREATE TRIGGER journal_entries_search_delete AFTER DELETE ON journal_entries BEGIN
    DELETE FROM search_documents WHERE id = OLD.id * 4;
END
-- @split
-- What the catalog held before this version, indexed once (the triggers keep it from now on).
INSERT INTO search_documents (id, title, body, keywords)
SELECT p.id * 4 + 1, coalesce(p.title, ''), coalesce(p.description, ''),
       trim(coalesce(p.make, '') || ' ' || coalesce(p.model, '') || ' ' ||
            coalesce((SELECT group_concat(k.name, ' ') FROM photo_keywords pk
                      JOIN keywords k ON k.id = pk.keyword_id WHERE pk.photo_id = p.id), ''))
FROM photos p
-- @split
INSERT INTO search_documents (id, title, body, keywords)
SELECT id * 4 + 2, title, description, place FROM events
-- @split
INSERT INTO search_documents (id, title, body)
SELECT g.id * 4 + 3, g.title,
       coalesce((SELECT group_concat(caption, ' ') FROM
                 (SELECT caption FROM gallery_items WHERE gallery_id = g.id
                  AND caption <> '' ORDER BY position)), '')
FROM galleries g
