-- Schema version 2: a partial index on the photos that are problems (missing, unreadable), so
-- that the sidebar counts them and the Problems view lists them without reading every photo.
-- Once shipped, never edit this file: add a new migration instead.
CREATE INDEX photos_problems ON photos (state) WHERE state <> 0
