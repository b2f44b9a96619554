"""The conversation: the one service every channel calls, and what it owns.

``service`` (decoded input in, replies out), ``consultation`` (a child's runs as the conversation
sees them), ``enrolment`` (``/start <code>`` binds a chat), ``chat_retirement``, ``aftercare`` (what
must still happen when a reply could not be sent), ``reachability`` (a child who blocked hearme
writes again) and ``messages`` (the bot's own sentences). Channel-neutral: a channel decodes its
input into :class:`~bot.conversation.service.Incoming` and renders the replies.
"""
