"""The other side of the Bot API stand-in: the people in the chats.

:class:`FakeBotApi` is the server of :mod:`hearme_dev.sandbox.server` plus the people:
:meth:`send_text`,
:meth:`press`, :meth:`send_sticker`, ... push updates that the bot's long polling picks up, and
:meth:`wait_for` / :meth:`messages` read what the bot sent back to each chat.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from telegram import (
    Animation,
    CallbackQuery,
    Message,
    MessageEntity,
    PhotoSize,
    Sticker,
    Update,
    User,
    Voice,
)

from hearme_dev.sandbox.records import BotMessage, Call
from hearme_dev.sandbox.server import BotApiServer


class FakeBotApi(BotApiServer):
    """The Bot API stand-in. ``async with FakeBotApi() as api:`` starts and stops it."""

    # ------------------------------------------------------------------ what the bot sent
    def messages(self, chat_id: int) -> list[BotMessage]:
        """Every message the bot sent to ``chat_id``, oldest first (edits applied)."""
        return list(self._messages.get(chat_id, []))

    def mark(self, chat_id: int) -> int:
        """How many messages the bot has sent to ``chat_id`` so far (for ``wait_for(after=)``)."""
        return len(self._messages.get(chat_id, []))

    def calls_to(self, method: str) -> list[Call]:
        """The bot's calls of one Bot API method (e.g. ``answerCallbackQuery``), in order."""
        return [call for call in self.calls if call.method == method]

    async def wait_for_calls(self, method: str, count: int, timeout: float = 60.0) -> None:
        """Wait until the bot has called ``method`` at least ``count`` times, however slowly
        it runs; ``timeout`` only bounds a bot that never does.

        Raises:
            TimeoutError: fewer calls came in time; the message says how many.
        """
        async with self._changed:
            try:
                await asyncio.wait_for(
                    self._changed.wait_for(lambda: len(self.calls_to(method)) >= count), timeout
                )
            except TimeoutError:
                made = len(self.calls_to(method))
                raise TimeoutError(f"only {made} {method} calls in {timeout} s") from None

    async def wait_for(
        self,
        chat_id: int,
        predicate: Callable[[BotMessage], bool] = lambda _: True,
        timeout: float | None = 5.0,
        *,
        after: int = 0,
    ) -> BotMessage:
        """The first bot message to ``chat_id`` (from index ``after``) that satisfies ``predicate``.

        ``timeout=None`` waits as long as it takes: for a caller that races the wait against
        another event (a process that may stop first) rather than a fixed time.

        Raises:
            TimeoutError: nothing matching arrived in time; the message says what did arrive.
        """

        def found() -> BotMessage | None:
            for message in self._messages.get(chat_id, [])[after:]:
                if predicate(message):
                    return message
            return None

        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: found() is not None), timeout)
            except TimeoutError:
                seen = [m.text[:80] for m in self._messages.get(chat_id, [])[after:]]
                raise TimeoutError(f"no matching message to chat {chat_id}; got {seen}") from None
        message = found()
        assert message is not None
        return message

    # ------------------------------------------------------------------ playing the people
    def _user(self, chat_id: int, user: User | None) -> User:
        return user or User(id=chat_id, is_bot=False, first_name="Sam", language_code="en")

    async def push_update(self, raw: dict[str, Any]) -> int:
        """Queue any raw update (an ``update_id`` is added when missing); returns its id."""
        if "update_id" not in raw:
            raw = {"update_id": next(self._update_ids), **raw}
        update_id = int(raw["update_id"])
        self._pending.append(raw)
        self.updates.append(raw)
        self.last_update_id = update_id
        await self._notify()
        # Not ``self.last_update_id``: while notifying waited for the lock, another person's
        # push may have replaced it, and the caller would wait for the wrong update.
        return update_id

    async def _push(self, **content: Any) -> int:
        update = Update(0, **content).to_dict() | {"update_id": next(self._update_ids)}
        return await self.push_update(update)

    async def _push_message(self, chat_id: int, user: User | None, **content: Any) -> Message:
        message = Message(
            message_id=self._next_message_id(chat_id),
            date=datetime.now(UTC),
            chat=self._chat(chat_id),
            from_user=self._user(chat_id, user),
            **content,
        )
        await self._push(message=message)
        return message

    async def send_text(self, chat_id: int, text: str, *, user: User | None = None) -> Message:
        """The person types ``text`` (a leading ``/command`` is marked as a command)."""
        entities: tuple[MessageEntity, ...] = ()
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            entities = (MessageEntity(MessageEntity.BOT_COMMAND, 0, length),)
        return await self._push_message(chat_id, user, text=text, entities=entities)

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, *, user: User | None = None
    ) -> int:
        """The person edits their earlier message ``message_id`` to read ``text``."""
        message = Message(
            message_id=message_id,
            date=datetime.now(UTC),
            edit_date=datetime.now(UTC),
            chat=self._chat(chat_id),
            from_user=self._user(chat_id, user),
            text=text,
        )
        return await self._push(edited_message=message)

    async def press(
        self, chat_id: int, message_id: int, data: str, *, user: User | None = None
    ) -> str:
        """The person taps a button carrying ``data`` under the bot's message ``message_id``.

        Returns the callback query id (see :attr:`callback_answers`). Any ``data`` may be sent,
        as a forged client could.
        """
        shown = self._by_id.get((chat_id, message_id))
        raw_message = (
            shown.raw
            if shown
            else {"message_id": message_id, "date": 0, "chat": self._chat(chat_id).to_dict()}
        )
        query_id = str(next(self._ids))
        query = CallbackQuery(
            id=query_id,
            from_user=self._user(chat_id, user),
            chat_instance=str(chat_id),
            data=data,
            message=Message.de_json(raw_message, None),
        )
        await self._push(callback_query=query)
        return query_id

    async def send_sticker(self, chat_id: int, *, user: User | None = None) -> Message:
        """The person sends a sticker."""
        file_id, unique = self._store_file(b"sticker")
        sticker = Sticker(file_id, unique, 512, 512, False, False, Sticker.REGULAR, emoji="😀")
        return await self._push_message(chat_id, user, sticker=sticker)

    async def send_photo(
        self, chat_id: int, *, caption: str | None = None, user: User | None = None
    ) -> Message:
        """The person sends a photo, with a caption if given."""
        file_id, unique = self._store_file(b"photo")
        return await self._push_message(
            chat_id, user, photo=(PhotoSize(file_id, unique, 640, 480),), caption=caption
        )

    async def send_animation(self, chat_id: int, *, user: User | None = None) -> Message:
        """The person sends a GIF."""
        file_id, unique = self._store_file(b"gif")
        animation = Animation(file_id, unique, 320, 240, 2)
        return await self._push_message(chat_id, user, animation=animation)

    async def send_voice(
        self, chat_id: int, *, duration: int = 3, content: bytes = b"OggS", user: User | None = None
    ) -> Message:
        """The person records a voice note (its bytes can be fetched back with ``getFile``)."""
        file_id, unique = self._store_file(content)
        voice = Voice(file_id, unique, duration, mime_type="audio/ogg", file_size=len(content))
        return await self._push_message(chat_id, user, voice=voice)
