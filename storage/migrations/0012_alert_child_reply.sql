-- What the child was shown when an alert was raised (issue 13), so every staff message about
-- it, sent at once, again after a failure or on escalation, says it truly: the urgent reply
-- (Childline and 999), the worry reply (Childline, no 999), the reply to asking to talk, or
-- the short reply to words that completed a disclosure just after the urgent reply (thanks,
-- no second 999 or Childline). It cannot be worked out later: whether words completed an
-- earlier message is known only while the child is writing. NULL on alerts raised before it
-- was kept: they are described by their level, as they were then.
ALTER TABLE alerts ADD COLUMN child_reply TEXT;
