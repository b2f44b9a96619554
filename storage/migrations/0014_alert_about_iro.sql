-- Whether an alert is about the child's IRO, as it was decided when the alert was raised: in
-- the survey about the IRO, in words written while that survey was open, or in words naming
-- or concerning the IRO. ``about_staff_id`` names the IRO only when the child had one on
-- record then; without one, the answer was lost, and an IRO recorded later was sent the
-- alert and its words as if it were not about them, though the child had been told only the
-- duty team would know. Kept here, every reader gets the answer the child was given.
ALTER TABLE alerts ADD COLUMN about_iro INTEGER NOT NULL DEFAULT 0;
UPDATE alerts SET about_iro = 1
WHERE about_staff_id IS NOT NULL
   OR run_id IN (SELECT id FROM runs WHERE definition_id = 'tell_us_more');
