CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.id * 4 + 2);
END;

CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 2);
END;

CREATE TRIGGER events_search_update AFTER UPDATE OF title, description, place ON events BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 2);
END;

CREATE TRIGGER galleries_search_delete AFTER DELETE ON galleries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.id * 4 + 3);
END;

CREATE TRIGGER galleries_search_insert AFTER INSERT ON galleries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 3);
END;

CREATE TRIGGER galleries_search_update AFTER UPDATE OF title ON galleries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 3);
END;

CREATE TRIGGER gallery_items_search_delete AFTER DELETE ON gallery_items WHEN OLD.caption <> ''
BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.gallery_id * 4 + 3);
END;

CREATE TRIGGER gallery_items_search_insert AFTER INSERT ON gallery_items WHEN NEW.caption <> ''
BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.gallery_id * 4 + 3);
END;

CREATE TRIGGER gallery_items_search_update AFTER UPDATE OF caption, gallery_id, position
ON gallery_items WHEN NEW.caption <> '' OR OLD.caption <> '' BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.gallery_id * 4 + 3), (NEW.gallery_id * 4 + 3);
END;

CREATE TRIGGER journal_entries_search_delete AFTER DELETE ON journal_entries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.id * 4);
END;

CREATE TRIGGER journal_entries_search_insert AFTER INSERT ON journal_entries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4);
END;

CREATE TRIGGER journal_entries_search_update
AFTER UPDATE OF title, body, author, categories, tags, cover_alt ON journal_entries BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4);
END;

CREATE TRIGGER photo_keywords_search_delete AFTER DELETE ON photo_keywords BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.photo_id * 4 + 1);
END;

CREATE TRIGGER photo_keywords_search_insert AFTER INSERT ON photo_keywords BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.photo_id * 4 + 1);
END;

CREATE TRIGGER photos_search_delete AFTER DELETE ON photos BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (OLD.id * 4 + 1);
END;

CREATE TRIGGER photos_search_insert AFTER INSERT ON photos BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 1);
END;

CREATE TRIGGER photos_search_update AFTER UPDATE OF title, description, make, model ON photos BEGIN
    INSERT OR IGNORE INTO search_stale VALUES (NEW.id * 4 + 1);
END;

CREATE TABLE events (
    id               INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: undo re-creates events by id
    title            TEXT    NOT NULL DEFAULT '',  -- '' until named: the UI shows its dates
    description      TEXT    NOT NULL DEFAULT '',
    place            TEXT    NOT NULL DEFAULT '',
    time_zone        TEXT,                         -- IANA id the user set ('Europe/Madrid'), or NULL
    cover_photo_id   INTEGER REFERENCES photos (id) ON DELETE SET NULL,
    by_hand          INTEGER NOT NULL DEFAULT 0 CHECK (by_hand IN (0, 1)), -- made or edited by the user
    split_kind       INTEGER NOT NULL DEFAULT 0,   -- why it begins: 0 first, 1 pause, 2 moved, 3 by hand
    split_gap_s      INTEGER NOT NULL DEFAULT 0,   -- the pause before its first photo
    split_distance_m REAL    NOT NULL DEFAULT 0    -- how far the place moved
);

CREATE TABLE galleries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: undo re-creates galleries by id
    event_id    INTEGER REFERENCES events (id) ON DELETE SET NULL, -- NULL: stands alone
    title       TEXT    NOT NULL DEFAULT '',  -- '' until named
    style       INTEGER NOT NULL DEFAULT 0 CHECK (style IN (0, 1, 2)), -- 0 strip, 1 board, 2 grid
    seed        INTEGER NOT NULL DEFAULT 0,   -- what the layout draws by chance comes from it
    board_width INTEGER NOT NULL DEFAULT 1200 CHECK (board_width > 0) -- in CSS pixels
);

CREATE TABLE gallery_items (
    id          INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: undo re-creates notes by id
    gallery_id  INTEGER NOT NULL REFERENCES galleries (id) ON DELETE CASCADE,
    photo_id    INTEGER REFERENCES photos (id) ON DELETE SET NULL,
    position    INTEGER NOT NULL,             -- order in the gallery, from 0
    caption     TEXT    NOT NULL DEFAULT '',
    width       REAL,                         -- of the photo on the note, in CSS pixels
    rotation    REAL,                         -- degrees, clockwise
    x           REAL,                         -- the paper's top left corner on a board
    y           REAL,
    paper_color TEXT,                         -- '#rrggbb'
    pin         INTEGER NOT NULL DEFAULT 0 CHECK (pin IN (0, 1, 2, 3)), -- 0 layout's, pin, tape, none
    CHECK ((x IS NULL) = (y IS NULL))
);

CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT    NOT NULL,         -- ISO 8601, UTC
    finished_at   TEXT,                     -- NULL while running, or when the import was killed
    roots         TEXT    NOT NULL,         -- JSON array of the paths the user imported
    imported      INTEGER NOT NULL DEFAULT 0,
    updated       INTEGER NOT NULL DEFAULT 0,
    unchanged     INTEGER NOT NULL DEFAULT 0,
    duplicates    INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    missing       INTEGER NOT NULL DEFAULT 0,
    cancelled     INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1))
);

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
);

CREATE TABLE journal_entry_versions (
    id        INTEGER PRIMARY KEY,
    entry_id  INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    saved_at  TEXT    NOT NULL,                  -- ISO 8601, UTC
    reason    INTEGER NOT NULL DEFAULT 0 CHECK (reason IN (0, 1, 2, 3)), -- typing, saved, closed, restore
    title     TEXT    NOT NULL DEFAULT '',
    body      TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE keywords (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

CREATE TABLE photo_keywords (
    photo_id    INTEGER NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
    keyword_id  INTEGER NOT NULL REFERENCES keywords (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (photo_id, keyword_id)
) WITHOUT ROWID;

CREATE TABLE photos (
    id              INTEGER PRIMARY KEY,
    path            TEXT    NOT NULL UNIQUE,  -- absolute, cleaned, as the user's file manager shows it
    file_size       INTEGER NOT NULL,
    file_mtime_ms   INTEGER NOT NULL,         -- with file_size: "unchanged since last import"
    identity_key    BLOB    NOT NULL,         -- XXH3-128 of size + first and last 64 KiB
    content_hash    BLOB,                     -- XXH3-128 of every byte, computed only on a key collision
    format          TEXT,                     -- exiftool FileType name: JPEG, HEIC, CR3...
    width           INTEGER,                  -- stored pixels, before orientation
    height          INTEGER,
    orientation     INTEGER CHECK (orientation BETWEEN 1 AND 8),
    taken_local     TEXT,                     -- wall time 'YYYY-MM-DDTHH:MM:SS.zzz'
    taken_offset_s  INTEGER,                  -- UTC offset in seconds when the file says it
    taken_source    TEXT,                     -- the tag the time came from
    make            TEXT,
    model           TEXT,
    lens            TEXT,
    serial_number   TEXT,
    iso             INTEGER,
    f_number        REAL,
    exposure_time   REAL,                     -- seconds
    focal_length    REAL,                     -- millimetres
    gps_latitude    REAL,
    gps_longitude   REAL,
    gps_altitude    REAL,
    gps_time_utc    TEXT,
    rating          INTEGER,
    title           TEXT,
    description     TEXT,
    sidecar_path    TEXT,
    imported_at     TEXT    NOT NULL,
    import_id       INTEGER REFERENCES imports (id) ON DELETE SET NULL,
    state           INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2)), -- ok, missing, unreadable
    state_reason    TEXT
, event_id INTEGER REFERENCES events (id) ON DELETE SET NULL, event_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (event_by_hand IN (0, 1)), clock_shift_s INTEGER NOT NULL DEFAULT 0, taken_instant_ms INTEGER, instant_offset_s INTEGER, offset_source INTEGER);

CREATE TABLE search_documents (
    id        INTEGER PRIMARY KEY,               -- ref id * 4 + kind; search_index's rowid
    title     TEXT    NOT NULL DEFAULT '',       -- ranked above the rest
    body      TEXT    NOT NULL DEFAULT '',       -- entry text, descriptions, captions
    keywords  TEXT    NOT NULL DEFAULT ''        -- keywords, tags, places, camera models
);

CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, keywords,
    content = 'search_documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE search_stale (
    id  INTEGER PRIMARY KEY                      -- the document's: ref id * 4 + kind
);

CREATE INDEX galleries_event ON galleries (event_id);

CREATE INDEX gallery_items_gallery ON gallery_items (gallery_id, position);

CREATE INDEX gallery_items_photo ON gallery_items (photo_id);

CREATE INDEX journal_entries_event ON journal_entries (event_id);

CREATE INDEX journal_entry_versions_entry ON journal_entry_versions (entry_id, id);

CREATE INDEX photo_keywords_keyword ON photo_keywords (keyword_id);

CREATE INDEX photos_event ON photos (event_id, taken_instant_ms);

CREATE INDEX photos_identity_key ON photos (identity_key);

CREATE INDEX photos_import_id ON photos (import_id);

CREATE INDEX photos_instant ON photos (taken_instant_ms);

CREATE INDEX photos_problems ON photos (state) WHERE state <> 0;

CREATE INDEX photos_taken_local ON photos (taken_local);
