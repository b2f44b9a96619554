-- Trust fixes from the security and privacy review (issue 12).

-- Who an alert is about, when it is about a member of staff: a disclosure made in the survey
-- about the child's IRO names that IRO here, and every read path leaves the alert out for them.
-- Stored on the alert rather than worked out from its run, so it holds even once the child has
-- a new IRO. NULL: the alert is about no member of staff.
ALTER TABLE alerts ADD COLUMN about_staff_id INTEGER REFERENCES staff(id);
UPDATE alerts SET about_staff_id = (
    SELECT c.iro_id FROM children c WHERE c.id = alerts.child_id
)
WHERE run_id IN (SELECT id FROM runs WHERE definition_id = 'tell_us_more');

-- Proof that HEARME_DATA_KEY is the key this database was written with: an HMAC of a fixed
-- label under a key derived from the data key (never the key itself). Set when the database is
-- first opened with a key; a different key is refused instead of writing new answers under it
-- and letting erased children back in through imports. One row at most.
CREATE TABLE data_key_check (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    check_value TEXT NOT NULL
);

-- Erasure used to leave the child's council reference as the actor of their own audit lines
-- ("child:C0042"). Point those lines of children already erased at their stub instead.
UPDATE audit_log SET actor = 'child:erased-' || child_id
WHERE actor LIKE 'child:%'
  AND child_id IN (SELECT id FROM children WHERE status = 'erased')
  AND actor != 'child:erased-' || child_id;
