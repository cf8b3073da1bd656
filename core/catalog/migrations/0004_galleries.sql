-- Schema version 4: sticky-note galleries and their notes.
-- Once shipped, never edit this file: add a new migration instead.
CREATE TABLE galleries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: undo re-creates galleries by id
    event_id    INTEGER REFERENCES events (id) ON DELETE SET NULL, -- NULL: stands alone
    title       TEXT    NOT NULL DEFAULT '',  -- '' until named
    style       INTEGER NOT NULL DEFAULT 0 CHECK (style IN (0, 1, 2)), -- 0 strip, 1 board, 2 grid
    seed        INTEGER NOT NULL DEFAULT 0,   -- what the layout draws by chance comes from it
    board_width INTEGER NOT NULL DEFAULT 1200 CHECK (board_width > 0) -- in CSS pixels
)
-- @split
CREATE INDEX galleries_event ON galleries (event_id)
-- @split
-- One note: a photo, its caption and what the user set by hand of its look (NULL: the layout
-- decides). A note outlives its photo: photo_id becomes NULL and the note says so.
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
)
-- @split
CREATE INDEX gallery_items_gallery ON gallery_items (gallery_id, position)
-- @split
-- Removing a photo looks up its notes through this.
CREATE INDEX gallery_items_photo ON gallery_items (photo_id)
