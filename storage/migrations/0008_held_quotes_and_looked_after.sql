-- Quotes held for a participation officer's approval, and when a child became looked after
-- (issue 18).
--
-- A quote the redactor changed heavily is not published until someone has read the redacted
-- text. Only the redacted text is kept (encrypted, as every child's words are), with a keyed
-- fingerprint of it: if a better redactor later changes the text, the quote is read again.
-- Erasing a child deletes their rows here (storage.rights.erase_child).
CREATE TABLE held_quotes (
    id           INTEGER PRIMARY KEY,
    answer_id    INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
    child_id     INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    definition_id TEXT NOT NULL,
    question     TEXT NOT NULL,              -- the question's heading in the report
    redacted     BLOB NOT NULL,              -- encrypted: the redacted words only
    fingerprint  TEXT NOT NULL,              -- keyed fingerprint of the redacted words
    status       TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'approved', 'rejected')),
    held_at      TEXT NOT NULL,
    decided_at   TEXT,
    decided_by   TEXT,
    UNIQUE (answer_id, fingerprint)
);
CREATE INDEX held_quotes_child ON held_quotes(child_id);
CREATE INDEX held_quotes_status ON held_quotes(status);

-- The day the child became looked after (optional in the children import): the first review
-- is due 20 working days after it, the basis of the review timeliness figures.
ALTER TABLE children ADD COLUMN date_looked_after TEXT;
