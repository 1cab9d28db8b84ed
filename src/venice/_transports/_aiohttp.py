"""An httpx transport over aiohttp: the transport of ``venice.http_clients.aiohttp_client()``.

It takes ``httpx.Request`` objects and gives ``httpx.Response`` objects, like any httpx transport,
so every ``httpx.AsyncClient`` can use it and the engine's errors, streams and raw responses stay
httpx's. Between the two it does as little as it can: the request's headers, body and timeouts go
to ``ClientSession.request`` as they are (no cookie jar, no redirects, no decompression: httpx does
those), and the answer's body is read with ``readany()``, whatever the socket has delivered (or taken whole
when it came with the headers).

The httpx-aiohttp adapter it replaces spent a large share of each call (``bench/peers.py``)
converting headers twice, wrapping its stream in a chunker and building timeouts, and mapped
every connection failure to ``ConnectTimeout``. Here aiohttp's errors become their httpx twins in
one table, most specific first, each raised ``from`` the aiohttp error so ``_wire_failure`` finds
the operating system's reason in the chain.

aiohttp's read timeout (``sock_read``) cancels and re-arms an event-loop timer on every piece of
data a connection receives. The connections here keep one timer each instead: data moves a
deadline, and the timer, when it fires before that deadline, re-arms itself for the rest (or is
re-armed sooner for a shorter timeout: ``_LazyReadTimeout``). The timeout is the same: no data
for ``read`` seconds while an answer is awaited. ``bench/timer_cost.py`` compares it with
aiohttp's own timer.

What aiohttp does not offer is not emulated: there is no write timeout, and the pool timeout is
aiohttp's ``connect`` (waiting for a free connection plus connecting). ``max_keepalive_connections``
has no aiohttp counterpart: idle connections are closed after ``keepalive_expiry``.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from aiohttp.client_proto import ResponseHandler
from multidict import CIMultiDict
from yarl import URL

from venice._constants import DEFAULT_CONNECTION_LIMITS
from venice._transports._pool import TranslatedErrors

__all__ = ["AiohttpTransport"]

# Most specific first: the first class the aiohttp error is an instance of names its httpx twin.
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientConnectorError, httpx.ConnectError),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # an answer that is not HTTP
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.InvalidUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.ClientOSError, httpx.ReadError),
    (aiohttp.ClientConnectionError, httpx.NetworkError),
    (aiohttp.ClientError, httpx.TransportError),
)
_HTTP_11 = b"HTTP/1.1"


_aiohttp_errors = TranslatedErrors(lambda: _ERRORS)


class _Body(httpx.AsyncByteStream):
    """An aiohttp response's body as httpx reads it: each part as it arrives."""

    __slots__ = ("_response",)

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        with _aiohttp_errors:
            while chunk := await content.readany():
                yield chunk

    async def aclose(self) -> None:
        response = self._response
        if response.content.is_eof():
            response.release()  # read to its end: the connection goes back to the pool
        else:
            response.close()  # a connection with unread bytes cannot be reused


def _body(response: aiohttp.ClientResponse) -> httpx.AsyncByteStream:
    """The answer's body: when it arrived with its headers (a small JSON answer usually does), the
    bytes themselves, and the connection goes back to the pool now; else a stream of its parts."""
    content = response.content
    if not content.is_eof():
        return _Body(response)
    with _aiohttp_errors:
        body = content.read_nowait()
    response.release()
    return httpx.ByteStream(body)


class _LazyReadTimeout(ResponseHandler):
    """aiohttp's connection protocol, with its read timer kept lazily: arming it moves a deadline,
    and the event loop is asked for a timer only when none is armed, or the one armed is for later
    than the new deadline (a call with a shorter read timeout on a kept-alive connection)."""

    _deadline: float | None = None

    def _reschedule_timeout(self) -> None:  # data arrived, or an answer is now awaited
        timeout = self._read_timeout
        if not timeout:
            self._deadline = None
            return
        self._deadline = deadline = self._loop.time() + timeout
        handle = self._read_timeout_handle
        if handle is None or deadline < handle.when():  # none armed, or one for a longer timeout
            if handle is not None:
                handle.cancel()
            self._read_timeout_handle = self._loop.call_at(deadline, self._read_timer_fired)

    def _drop_timeout(self) -> None:  # the answer is complete (a timer still armed finds no deadline)
        self._deadline = None

    def _read_timer_fired(self) -> None:
        self._read_timeout_handle = None
        deadline = self._deadline
        if deadline is None:
            return
        if self._loop.time() < deadline:  # data came since the timer was armed: wait for the rest
            self._read_timeout_handle = self._loop.call_at(deadline, self._read_timer_fired)
            return
        self._deadline = None
        self._on_read_timeout()

    def connection_lost(self, exc: BaseException | None) -> None:
        super().connection_lost(exc)
        if self._read_timeout_handle is not None:  # the connection is gone: so is its timer
            self._read_timeout_handle.cancel()
            self._read_timeout_handle = None


class _Connector(aiohttp.TCPConnector):
    """aiohttp's connector, making ``_LazyReadTimeout`` connections (aiohttp has no public way
    to choose the protocol; ``tests/faults/test_aiohttp.py`` checks this one is in use)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._factory = functools.partial(_LazyReadTimeout, loop=self._loop)  # type: ignore[assignment]


async def _request_body(stream: Any) -> AsyncIterator[bytes]:
    async for part in stream:
        yield part


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx`` async transport sending through one ``aiohttp.ClientSession``, created on the
    first request (aiohttp binds it to the running event loop)."""

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
        verify: bool | ssl.SSLContext = True,
    ) -> None:
        self._limits = limits
        self._ssl = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify)
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        limits = self._limits
        options: dict[str, Any] = {"limit": limits.max_connections or 0, "ssl": self._ssl}
        if limits.keepalive_expiry is not None:
            options["keepalive_timeout"] = limits.keepalive_expiry
        self._session = aiohttp.ClientSession(
            connector=_Connector(**options),
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies, when its client does
            auto_decompress=False,  # httpx decodes, by the headers it is given
            timeout=aiohttp.ClientTimeout(total=None),
        )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        timeouts = request.extensions.get("timeout") or {}
        headers = CIMultiDict(
            [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw]
        )
        body: Any
        if isinstance(request.stream, httpx.ByteStream):  # in memory (a redirect's copy too)
            body = await request.aread() or None
        else:  # a streamed upload: aiohttp frames it itself
            body = _request_body(request.stream)
            headers.popall("transfer-encoding", None)
        with _aiohttp_errors:
            response = await session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=headers,
                data=body,
                allow_redirects=False,
                # httpx's pool timeout is aiohttp's connect (a free connection, plus connecting).
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeouts.get("pool"),
                    sock_connect=timeouts.get("connect"),
                    sock_read=timeouts.get("read"),
                ),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        extensions = {"http_version": _HTTP_11}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1")
        return httpx.Response(
            response.status, headers=response.raw_headers, stream=_body(response), extensions=extensions
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
