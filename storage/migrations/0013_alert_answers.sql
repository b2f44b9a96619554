-- Which answers an alert's words came from, so that an alert about a member of staff takes
-- exactly those answers out of everything that member of staff reads (the pre-meeting views,
-- "last time" at the next review), however the answer was cut to its limit or edited since.
-- A JSON list of [run id, question id] pairs: the answer that raised it and, for words joined
-- with the child's last messages, the answers those messages were. Ids only, never words.
-- '[]': its words answered no question (a message outside a survey, a caption, a request to
-- talk). NULL on alerts raised before it was kept: their answers are found by their words.
ALTER TABLE alerts ADD COLUMN from_answers TEXT;
