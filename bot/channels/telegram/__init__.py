"""The Telegram channel: python-telegram-bot handlers, the ``Application`` and its HTTP client.

``handlers`` (decode an update, call the conversation, deliver the replies), ``app`` (building the
``Application``), ``http`` (aiohttp under python-telegram-bot) and ``update_order`` (chats side by
side, each chat's updates in order).
"""
