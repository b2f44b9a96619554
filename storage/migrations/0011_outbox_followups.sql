-- What a sent outbox row still has to plan (issue 19: offers in flight when a worker dies).
-- On PostgreSQL a row is marked sent the moment Telegram answers, in a statement of its own
-- that takes only the row's lock, and its follow-ups (an offer's reminders and closing, a
-- reminder counted on its run) are planned just after, in a transaction of their own. Between
-- the two the row says so here; a row a stopped worker left like that, or an offer found in
-- flight after a crash (sent as far as anyone can know), has its follow-ups planned by
-- whichever worker recovers it (bot.outbox.followups), once.
ALTER TABLE outbox ADD COLUMN followups_due INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_followups_due ON outbox (id) WHERE followups_due = 1;
