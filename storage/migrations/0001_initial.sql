-- The first schema. Columns marked "encrypted" hold AEAD ciphertext from storage.crypto:
-- children's own words never sit in the file as plain text.
-- Times are ISO 8601 text in UTC ("2026-11-22T09:30:00+00:00"); dates are "YYYY-MM-DD".

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    staff_ref   TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('iro', 'participation', 'admin', 'duty')),
    chat_id     INTEGER UNIQUE,              -- Telegram chat bound by a staff invite
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE children (
    id              INTEGER PRIMARY KEY,
    child_ref       TEXT NOT NULL UNIQUE,    -- the council's reference; replaced by "erased-N" on erasure
    first_name      TEXT,                    -- NULL once erased
    preferred_name  TEXT,                    -- what the bot calls the child; falls back to first_name
    date_of_birth   TEXT,                    -- NULL once erased
    iro_id          INTEGER REFERENCES staff(id),
    language        TEXT NOT NULL DEFAULT 'en',
    preferred_words TEXT NOT NULL DEFAULT '{}',  -- JSON: {"family_time": "mum time", "carer": "Nan", ...}
    status          TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'opted_out', 'unreachable', 'erased')),
    erasure_requested_at TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX children_iro ON children(iro_id);

-- A chat that speaks for a child: the young person themself (16+), or an adult helping a
-- younger child ("assisted"). One chat speaks for at most one child.
CREATE TABLE chats (
    chat_id     INTEGER PRIMARY KEY,
    child_id    INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    mode        TEXT NOT NULL CHECK (mode IN ('self', 'assisted')),
    stopped     INTEGER NOT NULL DEFAULT 0,  -- /stop: send nothing until /start
    bound_at    TEXT NOT NULL
);
CREATE INDEX chats_child ON chats(child_id);

CREATE TABLE reviews (
    id                   INTEGER PRIMARY KEY,
    child_id             INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    review_at            TEXT NOT NULL,      -- date or date-time of the meeting
    age_band             TEXT NOT NULL,      -- band on the review date; kept after erasure
    mode                 TEXT CHECK (mode IN ('in_person', 'virtual', 'hybrid')),
    participation_code   TEXT CHECK (participation_code IN
                           ('PN0','PN1','PN2','PN3','PN4','PN5','PN6','PN7')),
    held                 INTEGER NOT NULL DEFAULT 0,
    held_at              TEXT,
    child_chaired        INTEGER,
    iro_spoke_beforehand INTEGER,
    recorded_by          INTEGER REFERENCES staff(id),
    recorded_at          TEXT,
    source               TEXT NOT NULL DEFAULT 'hearme' CHECK (source IN ('import', 'hearme')),
    UNIQUE (child_id, review_at)
);
CREATE INDEX reviews_at ON reviews(review_at);

CREATE TABLE invites (
    id          INTEGER PRIMARY KEY,
    code_hash   TEXT NOT NULL UNIQUE,        -- sha256 of the code; the code itself is never stored
    kind        TEXT NOT NULL CHECK (kind IN ('child', 'assisted', 'staff', 'web')),
    child_id    INTEGER REFERENCES children(id) ON DELETE CASCADE,
    staff_id    INTEGER REFERENCES staff(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    used_by     TEXT,                        -- chat id or web session that used it
    CHECK ((kind = 'staff') = (staff_id IS NOT NULL)),
    CHECK ((kind = 'staff') = (child_id IS NULL))
);

-- Wrong enrolment codes, for the "5 wrong codes in 10 minutes" limit.
CREATE TABLE failed_codes (
    id          INTEGER PRIMARY KEY,
    chat_id     TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX failed_codes_chat ON failed_codes(chat_id, at);

-- The exact survey definition a run was started with (runs are pinned to it).
CREATE TABLE survey_versions (
    hash            TEXT PRIMARY KEY,
    definition_id   TEXT NOT NULL,
    version         TEXT NOT NULL,
    body            TEXT NOT NULL,           -- the definition as JSON
    created_at      TEXT NOT NULL
);

CREATE TABLE runs (
    id              INTEGER PRIMARY KEY,
    child_id        INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    survey_hash     TEXT NOT NULL REFERENCES survey_versions(hash),
    definition_id   TEXT NOT NULL,
    review_id       INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
    age_band        TEXT NOT NULL,
    channel         TEXT,                    -- telegram | web, where it was last answered
    status          TEXT NOT NULL DEFAULT 'sent'
                    CHECK (status IN ('sent', 'started', 'completed', 'expired', 'declined')),
    state           BLOB,                    -- encrypted engine state (it holds the answers)
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    started_at      TEXT,
    completed_at    TEXT,
    closes_at       TEXT,
    reminders       INTEGER NOT NULL DEFAULT 0,
    last_reminded_at TEXT,
    exported        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX runs_child ON runs(child_id, status);
CREATE INDEX runs_definition ON runs(definition_id, status);

-- One answer per (run, question); a changed answer moves the old value to answer_history.
CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    core_id     TEXT,                        -- links comparable items across age variants
    kind        TEXT NOT NULL CHECK (kind IN ('choice', 'text', 'voice', 'skipped', 'declined')),
    choices     TEXT,                        -- JSON list of option ids (not the child's words)
    text        BLOB,                        -- encrypted free text or voice-note file reference
    audience    TEXT CHECK (audience IN ('meeting', 'iro_only')),
    answered_at TEXT NOT NULL,
    UNIQUE (run_id, question_id)
);
CREATE INDEX answers_core ON answers(core_id);

CREATE TABLE answer_history (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    kind        TEXT NOT NULL,
    choices     TEXT,
    text        BLOB,
    audience    TEXT,
    answered_at TEXT NOT NULL,
    replaced_at TEXT NOT NULL
);

CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY,
    child_id        INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    run_id          INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('concern', 'talk')),
    categories      TEXT NOT NULL DEFAULT '[]',  -- JSON list, e.g. ["self_harm"]
    excerpt         BLOB,                    -- encrypted
    source          TEXT NOT NULL,           -- answer | message | caption | edit | web | talk
    created_at      TEXT NOT NULL,
    acknowledged_by INTEGER REFERENCES staff(id),
    acknowledged_at TEXT,
    escalated_at    TEXT,
    escalations     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX alerts_open ON alerts(acknowledged_at, created_at);

-- Everything hearme starts sending. Payloads carry ids and kinds, never children's words:
-- the sender renders the message from the rows when it is due.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    due_at      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    chat_id     INTEGER,
    child_id    INTEGER REFERENCES children(id) ON DELETE CASCADE,
    run_id      INTEGER REFERENCES runs(id) ON DELETE CASCADE,
    payload     TEXT NOT NULL DEFAULT '{}',
    dedupe_key  TEXT UNIQUE,                 -- e.g. "remind:run:12:5d"; a row is planned once
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    sent_at     TEXT,
    last_error  TEXT
);
CREATE INDEX outbox_due ON outbox(status, due_at);

CREATE TABLE processed_updates (
    update_id       INTEGER PRIMARY KEY,
    processed_at    TEXT NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,               -- "staff:IRO01", "cli", "child:C123", "system"
    action      TEXT NOT NULL,               -- "views", "report.participation", "child.erase", ...
    child_id    INTEGER REFERENCES children(id) ON DELETE SET NULL,
    detail      TEXT NOT NULL DEFAULT '{}'   -- JSON; ids and names of things, never children's words
);
CREATE INDEX audit_child ON audit_log(child_id);
