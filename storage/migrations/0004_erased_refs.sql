-- Erased children's references, so a routine re-import of the council's lists never brings an
-- erased child back (the stub row kept for the figures no longer carries the reference).
-- Only a keyed fingerprint is kept: HMAC-SHA256 under a key derived from HEARME_DATA_KEY. A
-- plain sha256 would not do: references are short and guessable ("C0042"), so anyone holding
-- the file could hash every possible reference and read the list back.
CREATE TABLE erased_refs (
    ref_hash    TEXT PRIMARY KEY,
    erased_at   TEXT NOT NULL
);

-- When a member of staff left (`hearme staff leave`); NULL while they work here.
ALTER TABLE staff ADD COLUMN left_at TEXT;
