"""The default transports of ``Venice`` / ``AsyncVenice``: httpx's API over httpcore2's connection pool.

At 64 and 256 requests in flight, httpx 0.28's own pool (httpcore 1.0) spends most of its time
re-scanning every connection on each request (``bench/throughput.py``, docs/measures.md); httpx2's
pool, httpcore2, keeps httpcore's API and drops that cost. These transports hand ``httpx.Request``
objects to an ``httpcore2`` pool and wrap its answers in ``httpx.Response``, so the client, the
generated code and every ``http_client=`` a user injects keep speaking httpx, while the default
pool is the fast one.

Lower-layer errors become httpx errors in exactly one place, the context manager
``_core_errors`` (always raised ``from`` the httpcore2 error); the sync and async classes share it
and every other piece that is not I/O. This module must not know about Venice: it is a plain
httpx transport.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import httpcore2

from venice._constants import DEFAULT_CONNECTION_LIMITS as DEFAULT_LIMITS
from venice._transports._dispatch import built_here

__all__ = [
    "AsyncPoolTransport",
    "PoolTransport",
    "TranslatedErrors",
    "default_async_http_client",
    "default_http_client",
]


@functools.cache
def _core() -> Any:
    """httpcore2, imported when the first client is created rather than by ``import venice``."""
    import httpcore2

    return httpcore2


@functools.cache
def _errors() -> tuple[tuple[type[BaseException], type[httpx.TransportError]], ...]:
    """httpcore2 errors and their httpx twins, most specific first (the first match wins)."""
    httpcore2 = _core()
    return (
        (httpcore2.ConnectTimeout, httpx.ConnectTimeout),
        (httpcore2.ReadTimeout, httpx.ReadTimeout),
        (httpcore2.WriteTimeout, httpx.WriteTimeout),
        (httpcore2.PoolTimeout, httpx.PoolTimeout),
        (httpcore2.TimeoutException, httpx.TimeoutException),
        (httpcore2.ConnectError, httpx.ConnectError),
        (httpcore2.ReadError, httpx.ReadError),
        (httpcore2.WriteError, httpx.WriteError),
        (httpcore2.NetworkError, httpx.NetworkError),
        (httpcore2.ProxyError, httpx.ProxyError),
        (httpcore2.UnsupportedProtocol, httpx.UnsupportedProtocol),
        (httpcore2.LocalProtocolError, httpx.LocalProtocolError),
        (httpcore2.RemoteProtocolError, httpx.RemoteProtocolError),
        (httpcore2.ProtocolError, httpx.ProtocolError),
    )


class TranslatedErrors:
    """``with translated:`` raises the httpx twin of a lower-layer error raised inside, ``from``
    it (``table()``: pairs of a lower-layer class and its httpx twin, most specific first, the
    first match wins); any other exception passes unchanged. Stateless, so one instance serves
    every call (a class, not ``contextlib.contextmanager``: it is entered on every request and body
    read). Shared by this module's transports and ``_aiohttp``'s."""

    __slots__ = ("_table",)

    def __init__(
        self, table: Callable[[], tuple[tuple[type[BaseException], type[httpx.TransportError]], ...]]
    ) -> None:
        self._table = table

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            return
        for source, target in self._table():
            if isinstance(exc, source):
                raise target(str(exc) or type(exc).__name__) from exc


_core_errors = TranslatedErrors(_errors)


def _core_request(request: httpx.Request) -> httpcore2.Request:
    core_request: httpcore2.Request = _core().Request(
        method=request.method,
        url=_core().URL(
            scheme=request.url.raw_scheme,
            host=request.url.raw_host,
            port=request.url.port,
            target=request.url.raw_path,
        ),
        headers=request.headers.raw,
        content=request.stream,  # httpx byte streams iterate as httpcore2 expects
        extensions=request.extensions,
    )
    return core_request


def _pool_options(limits: httpx.Limits, verify: bool | ssl.SSLContext) -> dict[str, Any]:
    context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify)
    return {
        "ssl_context": context,
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
    }


def _response(answer: Any, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    """The ``httpx.Response`` for an httpcore2 answer whose body is ``stream``."""
    return httpx.Response(answer.status, headers=answer.headers, stream=stream, extensions=answer.extensions)


class _SyncStream(httpx.SyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _core_errors:
            yield from self._stream

    def close(self) -> None:
        with _core_errors:
            self._stream.close()


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _core_errors:
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        with _core_errors:
            await self._stream.aclose()


class PoolTransport(httpx.BaseTransport):
    """A blocking httpx transport over ``httpcore2.ConnectionPool``."""

    def __init__(
        self, *, limits: httpx.Limits = DEFAULT_LIMITS, verify: bool | ssl.SSLContext = True
    ) -> None:
        self._pool = _core().ConnectionPool(**_pool_options(limits, verify))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with _core_errors:
            answer = self._pool.handle_request(_core_request(request))
        return _response(answer, _SyncStream(answer.stream))

    def close(self) -> None:
        self._pool.close()


class AsyncPoolTransport(httpx.AsyncBaseTransport):
    """A non-blocking httpx transport over ``httpcore2.AsyncConnectionPool``."""

    def __init__(
        self, *, limits: httpx.Limits = DEFAULT_LIMITS, verify: bool | ssl.SSLContext = True
    ) -> None:
        self._pool = _core().AsyncConnectionPool(**_pool_options(limits, verify))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with _core_errors:
            answer = await self._pool.handle_async_request(_core_request(request))
        return _response(answer, _AsyncStream(answer.stream))

    async def aclose(self) -> None:
        await self._pool.aclose()


def default_http_client() -> httpx.Client:
    """The ``httpx.Client`` a ``Venice`` creates when given no ``http_client``."""
    return built_here(httpx.Client(transport=PoolTransport(), limits=DEFAULT_LIMITS, follow_redirects=True))


def default_async_http_client() -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` an ``AsyncVenice`` creates when given no ``http_client``."""
    return built_here(
        httpx.AsyncClient(transport=AsyncPoolTransport(), limits=DEFAULT_LIMITS, follow_redirects=True)
    )
