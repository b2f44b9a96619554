-- Placeholder so this branch numbers its own migration 0012 without a gap; the numbers
-- between belong to other branches and this file is dropped when they are merged.
SELECT 1;
