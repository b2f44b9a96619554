"""The conversation: the one service every channel calls, and what it owns.

``service`` (decoded input in, replies out), ``turn`` (one input in its transaction),
``consultation`` (a child's runs as the conversation sees them), ``speaker`` (who speaks, and
the ``Seat`` a channel hands in for what only it knows), ``enrolment`` (``/start <code>`` binds
the seat), ``reachability`` (a child who blocked hearme writes again) and ``messages`` (the
bot's own sentences). Channel-neutral: a channel decodes its input into
:class:`~bot.conversation.service.Incoming` and renders the replies; no Telegram id or limit
is known here (``tests/test_layers.py``).
"""
