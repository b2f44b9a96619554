"""The HTTP side of the Bot API stand-in: an aiohttp server on 127.0.0.1 answering the Bot API
methods hearme uses.

Replies are built from python-telegram-bot's own objects (``Message.to_dict()`` and so on), so
the real ``Application`` runs against it unchanged. What the bot sends is recorded per chat as
:class:`~hearme_dev.sandbox.records.BotMessage`; a ``faults`` hook may answer chosen calls with 429,
500, 403, a delay, a dropped connection, a redirect or a body that is not JSON instead. Each
Bot API method is an ``_api_<name>`` coroutine looked up by name, so a subclass can watch or
change one method.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from datetime import UTC, datetime
from typing import Any, Self

from aiohttp import web
from telegram import Bot, Chat, Document, File, InlineKeyboardMarkup, Message, User, Voice

from hearme_dev.sandbox.records import BotMessage, Call, FaultHook, Files, Params, buttons_of

# Parameters python-telegram-bot sends as bare strings; every other value arrives JSON-encoded.
_STRING_PARAMS = frozenset(
    {"text", "caption", "callback_query_id", "parse_mode", "url", "secret_token", "file_id"}
)
_MAX_POLL_SECONDS = 30.0
# The Bot API takes a method's name in any case, as Telegram does ("sendmessage" is
# "sendMessage"); calls are recorded and shown to fault hooks under the documented name.
_DOCUMENTED = {
    name.lower(): name for name in dir(Bot) if name[:1].islower() and name != name.lower()
}


def error_response(
    status: int, description: str, parameters: dict[str, Any] | None = None
) -> web.Response:
    """A Bot API error body (``ok: false``) with ``status``."""
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


class BotApiServer:
    """The Bot API over loopback HTTP, and the record of what the bot sent through it."""

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
        self.webhook_secret = ""  # the header Telegram sends with every webhook post
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
        self._closing = False
        self._port = 0

    # ------------------------------------------------------------------ server life
    async def start(self) -> None:
        """Listen on a free loopback port."""
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
        """Stop listening (safe to call twice)."""
        if self._runner is not None:
            # A long poll the bot gave up on still waits here; release it, or shutting down
            # waits for its whole timeout.
            self._closing = True
            await self._notify()
            await self._runner.cleanup()
            self._runner = None
            self._closing = False

    async def __aenter__(self) -> Self:
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
        """Where files are downloaded from (python-telegram-bot's ``base_file_url``)."""
        return f"http://127.0.0.1:{self._port}/file/bot"

    # ------------------------------------------------------------------ shared bookkeeping
    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _next_message_id(self, chat_id: int) -> int:
        # One sequence per chat, shared by the bot's and the person's messages, as in Telegram.
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _chat(self, chat_id: int) -> Chat:
        return Chat(id=chat_id, type=Chat.PRIVATE)

    def _store_file(self, content: bytes) -> tuple[str, str]:
        file_id = f"file-{next(self._ids)}"
        self._files[file_id] = content
        return file_id, f"u{file_id}"

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
        asked = request.match_info["method"]
        method = _DOCUMENTED.get(asked.lower(), asked)
        if request.match_info["token"] != self.token:
            return error_response(401, "Unauthorized")
        params, files = await self._params(request)
        self.calls.append(Call(method, params, time.monotonic()))
        await self._notify()  # a test may be waiting for this call (``wait_for_calls``)
        fault = self.faults(method, params) if self.faults else None
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.drop:
                if request.transport is not None:
                    request.transport.close()
                return web.Response(status=500)
            if fault.redirect_to is not None:
                location = fault.redirect_to.rstrip("/") + request.path_qs
                return web.Response(status=fault.status, headers={"Location": location})
            if fault.body is not None:
                text = fault.body.replace("{path}", request.path)
                return web.Response(status=fault.status, text=text, content_type="text/html")
            if fault.status != 200:
                extra = (
                    {"retry_after": fault.retry_after} if fault.retry_after is not None else None
                )
                return error_response(fault.status, fault.description, extra)
        handler = getattr(self, f"_api_{method.lower()}", None)
        if handler is None:
            return error_response(404, "Not Found: method not found")
        try:
            result = await handler(params, files)
        except LookupError as error:
            return error_response(400, f"Bad Request: {error}")
        await self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _serve_file(self, request: web.Request) -> web.Response:
        content = self._files.get(request.match_info["path"].split("/")[-1])
        if content is None or request.match_info["token"] != self.token:
            return web.Response(status=404)
        return web.Response(body=content)

    # ------------------------------------------------------------------ Bot API methods
    async def _api_getme(self, params: Params, files: Files) -> Any:
        return self.bot_user.to_dict()

    async def _api_deletewebhook(self, params: Params, files: Files) -> Any:
        self.webhook_url = ""
        return True

    async def _api_setwebhook(self, params: Params, files: Files) -> Any:
        self.webhook_url = str(params.get("url", ""))
        self.webhook_secret = str(params.get("secret_token", ""))
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
                await asyncio.wait_for(
                    self._changed.wait_for(lambda: bool(self._pending) or self._closing), timeout
                )
            except TimeoutError:
                return []
        if self._closing:
            return []
        limit = int(params.get("limit") or 100)
        return self._pending[:limit]

    def _record(self, chat_id: int, message: Message, **extra: Any) -> BotMessage:
        shown = BotMessage(
            chat_id=chat_id,
            message_id=message.message_id,
            text=message.text or message.caption or "",
            buttons=buttons_of(message.reply_markup),
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
        shown.buttons = buttons_of(keyboard)
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

    async def _api_editmessagereplymarkup(self, params: Params, files: Files) -> Any:
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
