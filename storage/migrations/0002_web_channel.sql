-- The private web-link channel (issue 7): children under 16 answer from a link, not Telegram.
-- The link itself is an invite of kind 'web' (its code stored as a sha256 hash there).

-- How a child proves, on a later visit or another device, that the link is theirs: a short PIN
-- or a pair of pictures chosen on the first visit. Only an scrypt hash is kept. One row per link.
CREATE TABLE web_access (
    invite_id       INTEGER PRIMARY KEY REFERENCES invites(id) ON DELETE CASCADE,
    child_id        INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    secret_kind     TEXT NOT NULL CHECK (secret_kind IN ('pin', 'pictures')),
    secret_hash     BLOB NOT NULL,           -- scrypt(secret, salt)
    salt            BLOB NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,  -- wrong PINs since the last success or lock
    locked_until    TEXT,                    -- guessing stopped until this moment
    created_at      TEXT NOT NULL,
    last_used_at    TEXT
);
CREATE INDEX web_access_child ON web_access(child_id);

-- A browser's visit. The cookie holds a random token; only its sha256 is kept here.
-- state: 'setup' (link opened, no PIN chosen yet), 'unlock' (PIN needed), 'open' (answering).
CREATE TABLE web_sessions (
    id              INTEGER PRIMARY KEY,
    token_hash      TEXT NOT NULL UNIQUE,
    invite_id       INTEGER NOT NULL REFERENCES invites(id) ON DELETE CASCADE,
    child_id        INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    state           TEXT NOT NULL CHECK (state IN ('setup', 'unlock', 'open')),
    view            BLOB,                    -- encrypted: what the page shows next (bot replies)
    created_at      TEXT NOT NULL,
    last_seen_at    TEXT NOT NULL,
    ended_at        TEXT                     -- quick exit, expiry or a newer link
);
CREATE INDEX web_sessions_child ON web_sessions(child_id, ended_at);
