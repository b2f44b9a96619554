-- The web link's guessing limits, lifetime and "stop" (issue 7 review).
-- lockouts: how many times wrong guesses have locked this link. Each lock lasts twice as long as
-- the one before; after a few, the link is retired (retired_at) until staff issue a new card.
-- A lock no longer wipes the record of earlier locks, so guessing cannot go on for ever.
ALTER TABLE web_access ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE web_access ADD COLUMN retired_at TEXT;
-- How many pictures make this link's secret (NULL for a PIN). New links use three; links set
-- up before this migration used two and keep working.
ALTER TABLE web_access ADD COLUMN picture_count INTEGER;
UPDATE web_access SET picture_count = 2 WHERE secret_kind = 'pictures';
-- The child pressed "Stop — no more questions" on the web page: hearme offers nothing new on
-- the page until they choose to carry on.
ALTER TABLE web_access ADD COLUMN stopped_at TEXT;
