-- Several hearme workers on one PostgreSQL database (issue 19, phase 2). On a SQLite file there
-- is one worker, and these columns and tables are written but never contended.

-- Which worker took an outbox row and when: a reservation while the row is still pending (the
-- worker's batch, fetched with FOR UPDATE SKIP LOCKED) and the claim while it is sending. A row
-- whose worker has died is taken over by another (storage.outbox_claims).
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_at TEXT;

-- Telegram's send rate, shared by every worker: for each pace (overall, or one chat) the
-- theoretical time of its next send, in seconds since 1970 by the database's clock
-- (storage.send_pace). A row is changed by one atomic statement per send.
CREATE TABLE send_pace (
    name  TEXT PRIMARY KEY,
    tat   REAL NOT NULL
);

-- The newest update handled in each chat, so an older button press that reaches another worker
-- late is never taken after a newer update of the same chat (storage.update_turns).
CREATE TABLE update_turns (
    chat_key        INTEGER PRIMARY KEY,
    last_update_id  INTEGER NOT NULL,
    at              TEXT NOT NULL
);

-- Hits counted by the web page's and the staff app's rate limits, shared by every worker
-- (storage.rate_hits): one row per hit, forgotten once its window has passed.
CREATE TABLE rate_hits (
    key  TEXT NOT NULL,
    at   REAL NOT NULL
);
CREATE INDEX rate_hits_key ON rate_hits (key, at);
