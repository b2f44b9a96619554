"""The HTTP client hearme talks to the Bot API with: aiohttp, under python-telegram-bot.

python-telegram-bot's own client (httpx) spends about as much CPU on one call as hearme spends
handling the answer that caused it; every answer makes three or four calls (the button's
answer, clearing the old buttons, the next question, fetching updates). aiohttp, already
hearme's web server, does the same calls for much less, so the bot answers more children a
second on the same machine. Behaviour is python-telegram-bot's: this class only moves bytes
(:class:`telegram.request.BaseRequest` turns status codes into the usual errors), and maps
timeouts to ``TimedOut`` and connection failures to ``NetworkError`` as httpx's does.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# python-telegram-bot's own defaults for its httpx client.
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
# Uploads (a report sent as a document) get longer to go out.
MEDIA_WRITE_TIMEOUT = 20.0


def _seconds(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


class AiohttpRequest(BaseRequest):
    """A :class:`telegram.request.BaseRequest` over one ``aiohttp.ClientSession``.

    Args:
        connections: how many connections to the Bot API may be open at once.
        read_timeout: default seconds to wait for an answer (None: for ever).
    """

    def __init__(self, *, connections: int = 256, read_timeout: float | None = READ_TIMEOUT):
        self._connections = connections
        self._read_timeout = read_timeout
        self._session: aiohttp.ClientSession | None = None

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
                # Like httpx, honour HTTPS_PROXY and friends: councils often sit behind a proxy.
                trust_env=True,
            )

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
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
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
        try:
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


def _body(request_data: RequestData | None) -> Any:
    """The parameters as a form: url-encoded, or multipart when files go with them."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        return fields
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
