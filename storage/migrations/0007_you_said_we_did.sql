-- "You said / we did" (issue 17): what the IRO recorded as done about the child's wishes at a
-- review, shown under "Last time" on the views for the next one. One note per review, replaced
-- when the IRO writes it again; encrypted like children's words (it is about the child), and
-- removed when the child is erased.
CREATE TABLE review_notes (
    review_id   INTEGER PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    note        BLOB NOT NULL,
    written_by  INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    written_at  TEXT NOT NULL
);
