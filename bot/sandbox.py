"""A loopback stand-in for the Telegram Bot API, for the tests and ``hearme demo``.

``FakeBotApi`` is a small aiohttp server on 127.0.0.1 that answers the Bot API methods hearme
uses, with replies built from python-telegram-bot's own objects (``Message.to_dict()`` and so
on), so the real ``Application`` runs against it unchanged: point ``base_url`` at
:attr:`FakeBotApi.base_url`. The other side plays the people: :meth:`send_text`,
:meth:`press`, :meth:`send_sticker`, ... push updates that the bot's long polling picks up, and
:meth:`wait_for` awaits what the bot sends back. A ``faults`` hook answers chosen calls with
429, 500, 403, a delay or a dropped connection, to test how hearme copes.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from telegram import (
    Animation,
    CallbackQuery,
    Chat,
    Document,
    File,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    PhotoSize,
    Sticker,
    Update,
    User,
    Voice,
)

# Parameters python-telegram-bot sends as bare strings; every other value arrives JSON-encoded.
_STRING_PARAMS = frozenset(
    {"text", "caption", "callback_query_id", "parse_mode", "url", "secret_token", "file_id"}
)
_MAX_POLL_SECONDS = 30.0


@dataclass(frozen=True)
class Fault:
    """How to answer one call instead of the normal reply."""

    status: int = 200
    description: str = ""
    retry_after: int | None = None
    delay: float = 0.0
    drop: bool = False

    @classmethod
    def too_many_requests(cls, retry_after: int = 1) -> Fault:
        return cls(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)

    @classmethod
    def server_error(cls) -> Fault:
        return cls(500, "Internal Server Error")

    @classmethod
    def blocked(cls) -> Fault:
        return cls(403, "Forbidden: bot was blocked by the user")

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Answer normally, but only after ``seconds``."""
        return cls(delay=seconds)

    @classmethod
    def dropped(cls) -> Fault:
        return cls(drop=True)


FaultHook = Callable[[str, dict[str, Any]], Fault | None]
Params = dict[str, Any]
Files = dict[str, Any]


@dataclass(frozen=True)
class Call:
    """One request the bot made: method name, decoded parameters, monotonic time."""

    method: str
    params: dict[str, Any]
    at: float


@dataclass
class BotMessage:
    """A message the bot sent, kept up to date when the bot edits it."""

    chat_id: int
    message_id: int
    text: str
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)
    kind: str = "text"  # text | document | voice
    file_name: str | None = None
    file_bytes: bytes | None = None
    edits: int = 0
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def button_data(self) -> list[str]:
        return [data for row in self.buttons for _, data in row]

    def data_for(self, label_part: str) -> str:
        """The callback data of the first button whose label contains ``label_part``."""
        for row in self.buttons:
            for label, data in row:
                if label_part.lower() in label.lower():
                    return data
        raise LookupError(
            f"no button like {label_part!r} in {[b for r in self.buttons for b in r]}"
        )


def _buttons(markup: InlineKeyboardMarkup | None) -> list[list[tuple[str, str]]]:
    if markup is None:
        return []
    return [
        [(b.text, str(b.callback_data or b.url or "")) for b in row]
        for row in markup.inline_keyboard
    ]


class FakeBotApi:
    """The Bot API stand-in. ``async with FakeBotApi() as api:`` starts and stops it."""

    def __init__(self, *, token: str = "123456:TEST", faults: FaultHook | None = None) -> None:
        self.token = token
        self.faults = faults
        self.bot_user = User(
            id=int(token.split(":")[0]),
            is_bot=True,
            first_name="hearme",
            username="hearme_test_bot",
        )
        self.calls: list[Call] = []
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.commands: list[dict[str, Any]] = []
        self.webhook_url = ""
        self.last_update_id = 0
        self.updates: list[dict[str, Any]] = []  # every update pushed, to re-deliver one
        self._messages: dict[int, list[BotMessage]] = {}
        self._by_id: dict[tuple[int, int], BotMessage] = {}
        self._pending: list[dict[str, Any]] = []
        self._files: dict[str, bytes] = {}
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._port = 0

    # ------------------------------------------------------------------ server life
    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._serve_file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        self._port = int(sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """The Bot API base URL in python-telegram-bot's sense (the token is appended to it)."""
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/file/bot"

    # ------------------------------------------------------------------ what the bot sent
    def messages(self, chat_id: int) -> list[BotMessage]:
        return list(self._messages.get(chat_id, []))

    def mark(self, chat_id: int) -> int:
        """How many messages the bot has sent to ``chat_id`` so far (for ``wait_for(after=)``)."""
        return len(self._messages.get(chat_id, []))

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    async def wait_for(
        self,
        chat_id: int,
        predicate: Callable[[BotMessage], bool] = lambda _: True,
        timeout: float = 5.0,
        *,
        after: int = 0,
    ) -> BotMessage:
        """The first bot message to ``chat_id`` (from index ``after``) that satisfies ``predicate``.

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

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # ------------------------------------------------------------------ playing the people
    def _user(self, chat_id: int, user: User | None) -> User:
        return user or User(id=chat_id, is_bot=False, first_name="Sam", language_code="en")

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _chat(self, chat_id: int) -> Chat:
        return Chat(id=chat_id, type=Chat.PRIVATE)

    async def push_update(self, raw: dict[str, Any]) -> int:
        """Queue any raw update (an ``update_id`` is added when missing); returns its id."""
        if "update_id" not in raw:
            raw = {"update_id": next(self._update_ids), **raw}
        self._pending.append(raw)
        self.updates.append(raw)
        self.last_update_id = int(raw["update_id"])
        await self._notify()
        return self.last_update_id

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

    def _store_file(self, content: bytes) -> tuple[str, str]:
        file_id = f"file-{next(self._ids)}"
        self._files[file_id] = content
        return file_id, f"u{file_id}"

    async def send_sticker(self, chat_id: int, *, user: User | None = None) -> Message:
        file_id, unique = self._store_file(b"sticker")
        sticker = Sticker(file_id, unique, 512, 512, False, False, Sticker.REGULAR, emoji="😀")
        return await self._push_message(chat_id, user, sticker=sticker)

    async def send_photo(
        self, chat_id: int, *, caption: str | None = None, user: User | None = None
    ) -> Message:
        file_id, unique = self._store_file(b"photo")
        return await self._push_message(
            chat_id, user, photo=(PhotoSize(file_id, unique, 640, 480),), caption=caption
        )

    async def send_animation(self, chat_id: int, *, user: User | None = None) -> Message:
        file_id, unique = self._store_file(b"gif")
        animation = Animation(file_id, unique, 320, 240, 2)
        return await self._push_message(chat_id, user, animation=animation)

    async def send_voice(
        self, chat_id: int, *, duration: int = 3, content: bytes = b"OggS", user: User | None = None
    ) -> Message:
        file_id, unique = self._store_file(content)
        voice = Voice(file_id, unique, duration, mime_type="audio/ogg", file_size=len(content))
        return await self._push_message(chat_id, user, voice=voice)

    # ------------------------------------------------------------------ the HTTP side
    async def _params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, Any]]:
        """Decoded parameters and uploaded files (name -> FileField) of one call."""
        params: dict[str, Any] = {}
        files: dict[str, Any] = {}
        if request.content_type == "application/json":
            params = dict(await request.json())
            return params, files
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                files[name] = value
            elif name in _STRING_PARAMS:
                params[name] = value
            else:
                try:
                    params[name] = json.loads(value)
                except ValueError:
                    params[name] = value
        params.update(request.query)
        return params, files

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        params, files = await self._params(request)
        self.calls.append(Call(method, params, time.monotonic()))
        fault = self.faults(method, params) if self.faults else None
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.drop:
                if request.transport is not None:
                    request.transport.close()
                return web.Response(status=500)
            if fault.status != 200:
                extra = (
                    {"retry_after": fault.retry_after} if fault.retry_after is not None else None
                )
                return _error(fault.status, fault.description, extra)
        handler = getattr(self, f"_api_{method.lower()}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        try:
            result = await handler(params, files)
        except LookupError as error:
            return _error(400, f"Bad Request: {error}")
        await self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _serve_file(self, request: web.Request) -> web.Response:
        content = self._files.get(request.match_info["path"].split("/")[-1])
        if content is None or request.match_info["token"] != self.token:
            return web.Response(status=404)
        return web.Response(body=content)

    async def _api_getme(self, params: Params, files: Files) -> Any:
        return self.bot_user.to_dict()

    async def _api_deletewebhook(self, params: Params, files: Files) -> Any:
        self.webhook_url = ""
        return True

    async def _api_setwebhook(self, params: Params, files: Files) -> Any:
        self.webhook_url = str(params.get("url", ""))
        return True

    async def _api_setmycommands(self, params: Params, files: Files) -> Any:
        self.commands = list(params.get("commands", []))
        return True

    async def _api_getupdates(self, params: Params, files: Files) -> Any:
        offset = int(params.get("offset") or 0)
        # Confirming an offset forgets everything before it, as Telegram does.
        self._pending = [u for u in self._pending if int(u["update_id"]) >= offset]
        timeout = min(float(params.get("timeout") or 0), _MAX_POLL_SECONDS)
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: bool(self._pending)), timeout)
            except TimeoutError:
                return []
        limit = int(params.get("limit") or 100)
        return self._pending[:limit]

    def _record(self, chat_id: int, message: Message, **extra: Any) -> BotMessage:
        shown = BotMessage(
            chat_id=chat_id,
            message_id=message.message_id,
            text=message.text or message.caption or "",
            buttons=_buttons(message.reply_markup),
            raw=message.to_dict(),
            **extra,
        )
        self._messages.setdefault(chat_id, []).append(shown)
        self._by_id[(chat_id, shown.message_id)] = shown
        return shown

    def _new_message(self, params: dict[str, Any], **content: Any) -> tuple[int, Message]:
        chat_id = int(params["chat_id"])
        markup = params.get("reply_markup")
        message = Message(
            message_id=self._next_message_id(chat_id),
            date=datetime.now(UTC),
            chat=self._chat(chat_id),
            from_user=self.bot_user,
            reply_markup=InlineKeyboardMarkup.de_json(markup, None) if markup else None,
            **content,
        )
        return chat_id, message

    async def _api_sendmessage(self, params: Params, files: Files) -> Any:
        chat_id, message = self._new_message(params, text=str(params["text"]))
        return self._record(chat_id, message).raw

    async def _upload(
        self, name: str, params: dict[str, Any], files: dict[str, Any]
    ) -> tuple[str, bytes]:
        value = files.get(name)
        if value is None and isinstance(params.get(name), str):
            target = str(params[name])
            value = files.get(target.removeprefix("attach://"))
            if value is None:
                return target, self._files.get(target, b"")
        if value is None:
            raise LookupError(f"there is no {name} in the request")
        return str(value.filename or name), value.file.read()

    async def _api_senddocument(self, params: Params, files: Files) -> Any:
        file_name, content = await self._upload("document", params, files)
        file_id, unique = self._store_file(content)
        document = Document(file_id, unique, file_name=file_name, file_size=len(content))
        chat_id, message = self._new_message(
            params, document=document, caption=params.get("caption")
        )
        shown = self._record(
            chat_id, message, kind="document", file_name=file_name, file_bytes=content
        )
        return shown.raw

    async def _api_sendvoice(self, params: Params, files: Files) -> Any:
        file_name, content = await self._upload("voice", params, files)
        file_id, unique = self._store_file(content)
        voice = Voice(file_id, unique, int(params.get("duration") or 1), file_size=len(content))
        chat_id, message = self._new_message(params, voice=voice, caption=params.get("caption"))
        shown = self._record(
            chat_id, message, kind="voice", file_name=file_name, file_bytes=content
        )
        return shown.raw

    def _shown(self, params: dict[str, Any]) -> BotMessage:
        key = (int(params["chat_id"]), int(params["message_id"]))
        if key not in self._by_id:
            raise LookupError("message to edit not found")
        return self._by_id[key]

    def _apply_edit(self, shown: BotMessage, params: dict[str, Any]) -> dict[str, Any]:
        markup = params.get("reply_markup")
        keyboard = InlineKeyboardMarkup.de_json(markup, None) if markup else None
        shown.buttons = _buttons(keyboard)
        shown.edits += 1
        shown.raw = {k: v for k, v in shown.raw.items() if k != "reply_markup"}
        shown.raw["text"] = shown.text
        shown.raw["edit_date"] = int(time.time())
        if keyboard is not None:
            shown.raw["reply_markup"] = keyboard.to_dict()
        return shown.raw

    async def _api_editmessagetext(self, params: Params, files: Files) -> Any:
        shown = self._shown(params)
        shown.text = str(params["text"])
        return self._apply_edit(shown, params)

    async def _api_editmessagereplymarkup(
        self, params: dict[str, Any], files: dict[str, Any]
    ) -> Any:
        return self._apply_edit(self._shown(params), params)

    async def _api_answercallbackquery(self, params: Params, files: Files) -> Any:
        self.callback_answers[str(params["callback_query_id"])] = params
        return True

    async def _api_getfile(self, params: Params, files: Files) -> Any:
        file_id = str(params["file_id"])
        if file_id not in self._files:
            raise LookupError("wrong file_id or the file is temporarily unavailable")
        size = len(self._files[file_id])
        return File(file_id, f"u{file_id}", size, file_path=f"voice/{file_id}").to_dict()


def _error(status: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)
