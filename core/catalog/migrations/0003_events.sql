-- Schema version 3: events, and each photo's place on the one timeline.
-- Once shipped, never edit this file: add a new migration instead.
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
)
-- @split
-- The event a photo belongs to. event_by_hand: the user put it there (moved it, or edited its
-- event); regrouping leaves such photos where they are.
ALTER TABLE photos ADD COLUMN event_id INTEGER REFERENCES events (id) ON DELETE SET NULL
-- @split
ALTER TABLE photos ADD COLUMN event_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (event_by_hand IN (0, 1))
-- @split
-- The user's correction of the camera clock, in seconds, added to taken_local. Never written to
-- the file.
ALTER TABLE photos ADD COLUMN clock_shift_s INTEGER NOT NULL DEFAULT 0
-- @split
-- The photo's instant on the one timeline (UTC milliseconds since 1970), the offset that placed
-- it and where that offset came from (0 file, 1 GPS time, 2 event time zone, 3 system zone).
-- NULL without a time. Derived: recomputed whenever a shift, a zone or the photo changes.
ALTER TABLE photos ADD COLUMN taken_instant_ms INTEGER
-- @split
ALTER TABLE photos ADD COLUMN instant_offset_s INTEGER
-- @split
ALTER TABLE photos ADD COLUMN offset_source INTEGER
-- @split
CREATE INDEX photos_event ON photos (event_id, taken_instant_ms)
-- @split
CREATE INDEX photos_instant ON photos (taken_instant_ms)
