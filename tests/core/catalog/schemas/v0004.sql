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

CREATE INDEX galleries_event ON galleries (event_id);

CREATE INDEX gallery_items_gallery ON gallery_items (gallery_id, position);

CREATE INDEX gallery_items_photo ON gallery_items (photo_id);

CREATE INDEX photo_keywords_keyword ON photo_keywords (keyword_id);

CREATE INDEX photos_event ON photos (event_id, taken_instant_ms);

CREATE INDEX photos_identity_key ON photos (identity_key);

CREATE INDEX photos_import_id ON photos (import_id);

CREATE INDEX photos_instant ON photos (taken_instant_ms);

CREATE INDEX photos_problems ON photos (state) WHERE state <> 0;

CREATE INDEX photos_taken_local ON photos (taken_local);
