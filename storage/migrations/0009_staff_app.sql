-- The staff web app (issue 16): staff sign in with the council's identity provider (matched by
-- e-mail) or with an e-mailed link and a one-time code, and keep a browser session.

-- The address staff sign in with and are e-mailed at (the staff import's optional email
-- column). Unique ignoring case: a sign-in must name exactly one member of staff.
ALTER TABLE staff ADD COLUMN email TEXT;
CREATE UNIQUE INDEX staff_email ON staff (lower(email)) WHERE email IS NOT NULL;
-- The shared secret of the member of staff's authenticator app (TOTP), encrypted with the data
-- key; once set, an e-mailed sign-in link also needs the app's current code.
ALTER TABLE staff ADD COLUMN totp_secret BLOB;

-- Signed-in browsers. The cookie holds a random token; only its sha256 is kept. A session ends
-- after 30 idle minutes, 12 hours in all, on signing out, or when the member of staff leaves.
CREATE TABLE staff_sessions (
    id           INTEGER PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE,
    staff_id     INTEGER REFERENCES staff(id) ON DELETE CASCADE,  -- NULL until signed in
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    signed_in_at TEXT,
    ended_at     TEXT,
    -- The sign-in under way (OpenID Connect state, nonce and PKCE verifier), JSON; cleared once
    -- signed in.
    pending      TEXT
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

-- E-mailed sign-in links for councils without single sign-on: single use, short-lived; only
-- the sha256 of the link's code is kept.
CREATE TABLE staff_sign_in_links (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    staff_id    INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);
