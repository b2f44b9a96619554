-- Which question a child's typed message answered, so an edit of that message can change the
-- answer while the question is still on screen. Ids only, never the words. Telegram numbers
-- messages per chat, so a message is named by (chat_id, message_id).
-- Rows go with the chat binding (erasure removes chats) and with the run, by foreign keys.
CREATE TABLE answer_messages (
    chat_id     INTEGER NOT NULL REFERENCES chats(chat_id) ON DELETE CASCADE,
    message_id  INTEGER NOT NULL,
    run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX answer_messages_run ON answer_messages(run_id);

-- Until now these links were kept as "answer.message" lines in the audit log, which is for who
-- saw or changed what. Move the ones that still have their chat and run (the latest line for a
-- message wins), then drop them all.
INSERT OR REPLACE INTO answer_messages (chat_id, message_id, run_id, question_id, at)
SELECT c.chat_id,
       CAST(json_extract(a.detail, '$.message_id') AS INTEGER),
       r.id,
       json_extract(a.detail, '$.question_id'),
       a.at
FROM audit_log a
JOIN chats c ON c.child_id = a.child_id
JOIN runs r ON r.id = json_extract(a.detail, '$.run_id') AND r.child_id = a.child_id
WHERE a.action = 'answer.message'
  AND json_extract(a.detail, '$.message_id') IS NOT NULL
  AND json_extract(a.detail, '$.question_id') IS NOT NULL
ORDER BY a.id;

DELETE FROM audit_log WHERE action = 'answer.message';
