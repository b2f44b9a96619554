"""The Telegram channel: python-telegram-bot handlers, the ``Application`` and its HTTP client.

``handlers`` (decode an update, call the conversation, deliver the replies fitted to Telegram's
limits), ``chat`` (a chat as the conversation's seat: Telegram's chat and message ids stay
there; the ``t.me`` deep link), ``chat_retirement`` (older chats of a child unbound),
``app`` (building the ``Application``), ``http`` (aiohttp under python-telegram-bot) and
``update_order`` (chats side by side, each chat's updates in order).
"""
