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
-- The text search looks through, one row per thing to find: exactly what search_index holds.
-- Its id says what it is: the thing's id * 4 + its kind (0 entry, 1 photo, 2 event, 3 gallery),
-- so that ranking and grouping the hits needs nothing but the index.
CREATE TABLE search_documents (
    id        INTEGER PRIMARY KEY,               -- ref id * 4 + kind; search_index's rowid
    title     TEXT    NOT NULL DEFAULT '',       -- ranked above the rest
    body      TEXT    NOT NULL DEFAULT '',       -- entry text, descriptions, captions
    keywords  TEXT    NOT NULL DEFAULT ''        -- keywords, tags, places, camera models
)
-- @split
-- External content: the text lives once, in search_documents. remove_diacritics 2 folds "Café"
-- and "cafe" together; prefix indexes make "ist*" cheap.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, keywords,
    content = 'search_documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
)
-- @split
-- The documents whose thing was made, changed or deleted since the index last caught up: the
-- triggers below list them, and SearchService (SearchIndexer) rewrites them from their photos,
-- events, galleries and entries in a few statements before it searches. Writing the index from
-- the triggers directly would cost an import dearly: FTS5 writes out its pending changes at
-- every statement that touches it, so each photo and each of its keywords would make a tiny
-- index segment of its own (inserting photos with three keywords took 6x as long).
CREATE TABLE search_stale (
    id  INTEGER PRIMARY KEY                      -- the document's: ref id * 4 + kind
)
-- @split
CREATE TRIGGER photos_search_insert AFTER INSERT ON photos BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 1);
END
-- @split
CREATE TRIGGER photos_search_update AFTER UPDATE OF title, description, make, model ON photos BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 1);
END
-- @split
CREATE TRIGGER photos_search_delete AFTER DELETE ON photos BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.id * 4 + 1);
END
-- @split
CREATE TRIGGER photo_keywords_search_insert AFTER INSERT ON photo_keywords BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.photo_id * 4 + 1);
END
-- @split
CREATE TRIGGER photo_keywords_search_delete AFTER DELETE ON photo_keywords BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.photo_id * 4 + 1);
END
-- @split
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 2);
END
-- @split
CREATE TRIGGER events_search_update AFTER UPDATE OF title, description, place ON events BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 2);
END
-- @split
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.id * 4 + 2);
END
-- @split
CREATE TRIGGER galleries_search_insert AFTER INSERT ON galleries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 3);
END
-- @split
CREATE TRIGGER galleries_search_update AFTER UPDATE OF title ON galleries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 3);
END
-- @split
CREATE TRIGGER galleries_search_delete AFTER DELETE ON galleries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.id * 4 + 3);
END
-- @split
CREATE TRIGGER gallery_items_search_insert AFTER INSERT ON gallery_items WHEN NEW.caption <> ''
BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.gallery_id * 4 + 3);
END
-- @split
CREATE TRIGGER gallery_items_search_update AFTER UPDATE OF caption, gallery_id, position
ON gallery_items WHEN NEW.caption <> '' OR OLD.caption <> '' BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.gallery_id * 4 + 3), (NEW.gallery_id * 4 + 3);
END
-- @split
CREATE TRIGGER gallery_items_search_delete AFTER DELETE ON gallery_items WHEN OLD.caption <> ''
BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.gallery_id * 4 + 3);
END
-- @split
CREATE TRIGGER journal_entries_search_insert AFTER INSERT ON journal_entries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4);
END
-- @split
CREATE TRIGGER journal_entries_search_update
AFTER UPDATE OF title, body, author, categories, tags, cover_alt ON journal_entries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4);
END
-- @split
CREATE TRIGGER journal_entries_search_delete AFTER DELETE ON journal_entries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.id * 4);
END
-- @split
-- What the catalog held before this version: listed once, indexed by the first search.
INSERT INTO search_stale SELECT id * 4 + 1 FROM photos
-- @split
INSERT INTO search_stale SELECT id * 4 + 2 FROM events
-- @split
INSERT INTO search_stale SELECT id * 4 + 3 FROM galleries
