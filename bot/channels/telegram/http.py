"""The HTTP client hearme talks to the Bot API with: aiohttp, under python-telegram-bot.

python-telegram-bot's own client (httpx) spends about as much CPU on one call as hearme spends
handling the answer that caused it; every answer makes three or four calls (the button's
answer, clearing the old buttons, the next question, fetching updates). aiohttp, already
hearme's web server, does the same calls for much less, so the bot answers more children a
second on the same machine. Behaviour is python-telegram-bot's: this class only moves bytes
(:class:`telegram.request.BaseRequest` turns status codes into the usual errors), and maps
timeouts to ``TimedOut`` and connection failures to ``NetworkError`` as httpx's does.

Every Bot API URL holds the bot token, so the token must never leave in an error or a log line:
redirects are never followed (a redirected call would carry the token to another server, and
the Bot API never redirects), client errors are reported without their URL, and a body that is
not the Bot API's JSON (a proxy's error page echoing the path) has the token cut out before
python-telegram-bot quotes it in an error, and is never logged.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any
from urllib.parse import unquote, urlencode, urlsplit
from urllib.request import getproxies, proxy_bypass

import aiohttp
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot import logs

# python-telegram-bot's own defaults for its httpx client.
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
# Uploads (a report sent as a document) get longer to go out.
MEDIA_WRITE_TIMEOUT = 20.0


# The token is the path segment after "bot" (``/bot<token>/getMe``, ``/file/bot<token>/...``).
_TOKEN_SEGMENT = re.compile(r"^bot(\d+:[^/]+)$")


def _seconds(value: object, default: float | None) -> float | None:
    """A timeout argument: ``BaseRequest.DEFAULT_NONE`` means "use the default"."""
    if value is BaseRequest.DEFAULT_NONE:
        return default
    if value is None or isinstance(value, int | float):
        return None if value is None else float(value)
    raise TypeError(f"a timeout is a number of seconds or None, not {type(value).__name__}")


def token_in(url: str) -> str | None:
    """The bot token in a Bot API ``url``, or None."""
    for segment in urlsplit(url).path.split("/"):
        found = _TOKEN_SEGMENT.match(segment)
        if found:
            return found.group(1)
    return None


class AiohttpRequest(BaseRequest):
    """A :class:`telegram.request.BaseRequest` over one ``aiohttp.ClientSession``.

    Args:
        connections: how many connections to the Bot API may be open at once.
        read_timeout: default seconds to wait for an answer (None: for ever).
        for_updates: the client fetches updates (``getUpdates``): a pressed button's update
            then arrives without the keyboard of the message it was pressed under
            (:func:`without_pressed_keyboards`).
    """

    def __init__(
        self,
        *,
        connections: int = 256,
        read_timeout: float | None = READ_TIMEOUT,
        for_updates: bool = False,
    ):
        self._connections = connections
        self._read_timeout = read_timeout
        self._for_updates = for_updates
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, Proxy] = {}

    @property
    def read_timeout(self) -> float | None:
        """Seconds to wait for an answer unless a call says otherwise."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (inside the running event loop)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                headers={"User-Agent": self.USER_AGENT},
                # Not trust_env: with it aiohttp reads the proxy settings and ~/.netrc in a
                # worker thread on every call (two thread hops each, a top cost in the
                # profile, issue 20). The proxy is looked up once per Bot API address instead.
                trust_env=False,
            )
            self._proxies = {}

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; returns the status code and the body.

        Raises:
            TimedOut: no connection, answer or room in the pool in time.
            NetworkError: the connection failed.
        """
        if self._session is None or self._session.closed:
            raise RuntimeError("this AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data else None
        write = _seconds(write_timeout, MEDIA_WRITE_TIMEOUT if files else WRITE_TIMEOUT)
        read = _seconds(read_timeout, self._read_timeout)
        # aiohttp has no clock for sending alone: the whole call gets the sending and the
        # reading allowance together, and the reading its own as well.
        total = None if read is None or write is None else read + write
        pool = _seconds(pool_timeout, POOL_TIMEOUT)
        connect = _seconds(connect_timeout, CONNECT_TIMEOUT)
        timeout = aiohttp.ClientTimeout(
            total=total,
            # aiohttp's "connect" covers waiting for a free connection and opening one.
            connect=None if pool is None or connect is None else pool + connect,
            sock_connect=connect,
            sock_read=read,
        )
        token = token_in(url)
        if token:
            logs.hide(token)
        failure: NetworkError | None = None
        proxy, proxy_headers = self._proxy_for(url)
        try:
            async with self._session.request(
                method,
                url,
                data=_body(request_data),
                timeout=timeout,
                allow_redirects=False,
                proxy=proxy,
                proxy_headers=proxy_headers,
            ) as response:
                status, body = response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            # str(error) often holds the URL, and so the token: name the failure instead.
            failure = NetworkError(f"aiohttp.{type(error).__name__}: {_reason(error)}")
        if failure is not None:
            # Raised outside the handler, so the original (with its URL) is not even kept as
            # the error's context.
            raise failure
        if token and not 200 <= status <= 299:
            body = body.replace(token.encode(), logs.HIDDEN.encode())
        return status, body

    def _proxy_for(self, url: str) -> Proxy:
        """The proxy for ``url``'s address, looked up once per address."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._proxies:
            self._proxies[key] = env_proxy(parts.scheme, parts.hostname or "")
        return self._proxies[key]

    # python-telegram-bot declares this a static method but calls it on the instance
    # (``self.parse_json_payload``, the documented way to change parsing); ``post``, where the
    # answer is parsed, is final.
    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:  # type: ignore[override]
        """The Bot API's JSON answer; a body that is not JSON is an error, never logged.

        python-telegram-bot's own version logs the whole body, which can be anything a proxy
        sent (the token in an echoed path) or a message holding a child's words.

        Raises:
            TelegramError: the body is not a JSON object.
        """
        try:
            data = json.loads(payload.decode("utf-8", "replace"))
        except ValueError:
            raise TelegramError("Invalid server response (not JSON)") from None
        if not isinstance(data, dict):
            raise TelegramError("Invalid server response (not a JSON object)")
        if self._for_updates:
            without_pressed_keyboards(data)
        return data


def without_pressed_keyboards(answer: dict[str, Any]) -> None:
    """Drop, in place, the keyboard of each pressed message in a ``getUpdates`` answer.

    Telegram sends a button press with the whole message it was pressed under, keyboard and
    all, and python-telegram-bot builds an object for every button of it before any handler
    runs: on a question with ten buttons that was the biggest cost of a press left in the
    bot's process (issue 20). Nothing reads that keyboard: a press is known by its own data,
    the message by its id. Everything else in the update stays as Telegram sent it.
    """
    updates = answer.get("result")
    if not isinstance(updates, list):
        return
    for update in updates:
        query = update.get("callback_query") if isinstance(update, dict) else None
        message = query.get("message") if isinstance(query, dict) else None
        if isinstance(message, dict):
            message.pop("reply_markup", None)


# The proxy's address and the headers for it (its credentials, when it has any).
Proxy = tuple[str | None, dict[str, str] | None]


def env_proxy(scheme: str, host: str) -> Proxy:
    """The proxy HTTPS_PROXY/HTTP_PROXY name for ``scheme`` (NO_PROXY honoured), its
    credentials as a ``Proxy-Authorization`` header, as httpx and aiohttp's ``trust_env`` read
    them: councils often sit behind a proxy. ``(None, None)`` when there is none."""
    proxy = getproxies().get(scheme)
    if not host or proxy is None or proxy_bypass(host):
        return None, None
    parts = urlsplit(proxy)
    headers = None
    if parts.username:
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        headers = {"Proxy-Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl(), headers


def _reason(error: aiohttp.ClientError) -> str:
    """Why a call failed, without the URL (which holds the token)."""
    if isinstance(error, aiohttp.ClientResponseError):
        return f"HTTP {error.status} {error.message}"
    if isinstance(error, aiohttp.ClientConnectorError):
        return f"cannot connect to {error.host}:{error.port} ({error.strerror or 'refused'})"
    return logs.scrub_secrets(str(error))  # e.g. an invalid URL: the URL, token cut out


def _body(request_data: RequestData | None) -> Any:
    """The parameters as a form: url-encoded, or multipart when files go with them."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        # Encoded here rather than by aiohttp's FormData, which builds a multipart writer (and
        # draws a random boundary from the OS) for every call even when it sends none (issue 20).
        return aiohttp.BytesPayload(
            urlencode(fields).encode("ascii"), content_type="application/x-www-form-urlencoded"
        )
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
