"""``Venice`` and ``AsyncVenice``: the engine's clients (configuration, retries, the connection pool)
with the namespaces the pipeline generates (``venice_api.resources``: ``client.chat``, ...).

This is the one place the engine meets the binding layer: the generated ``Namespaces`` classes are
the clients' bases, each namespace created and its module imported on first access, so
``import venice`` stays cheap.

Retries: connection errors (also in the middle of a JSON body), 408, 409, 429 and >= 500 are
retried ``max_retries`` times (default 2), never waiting longer than ``max_retry_after`` for a
server-advised delay. Retrying a POST can repeat a billable generation: pass ``max_retries=0`` (per
client or ``client.with_options(max_retries=0)``) for requests that must not run twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx
from venice_api.resources import AsyncNamespaces, Namespaces

from . import _constants as C
from ._base_client import BaseClient
from ._dispatch import direct_route
from ._transport import default_async_http_client, default_http_client
from ._types import NOT_GIVEN, AsyncSignInWithX, NotGiven, SignInWithX, TimeoutTypes

__all__ = ["AsyncVenice", "Venice"]

_HTTP = TypeVar("_HTTP", httpx.Client, httpx.AsyncClient)
_SIWX = TypeVar("_SIWX", SignInWithX, AsyncSignInWithX)


class _Configured(BaseClient, Generic[_HTTP, _SIWX]):
    """The constructor and ``with_options`` of both clients, written once: the type parameters are
    the HTTP client and the x402 sign-in each takes (see ``Venice`` for the arguments)."""

    _new_http_client: ClassVar[Callable[[], Any]]

    def __init__(
        self,
        *,
        api_key: str | None = None,
        sign_in_with_x: _SIWX | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        max_retry_after: float = C.MAX_RETRY_AFTER,
        max_consecutive_failures: int | None = C.MAX_CONSECUTIVE_FAILURES,
        max_response_size: int | None = C.MAX_RESPONSE_SIZE,
        max_event_size: int | None = C.MAX_EVENT_SIZE,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: _HTTP | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            sign_in_with_x=sign_in_with_x,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            max_consecutive_failures=max_consecutive_failures,
            max_response_size=max_response_size,
            max_event_size=max_event_size,
            default_headers=default_headers,
            default_query=default_query,
        )
        self._owns_client = http_client is None
        self._client = http_client or type(self)._new_http_client()
        self._route = direct_route(self._client)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        sign_in_with_x: _SIWX | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy sharing the connection pool, with some options replaced (per-call settings)."""
        copy = type(self)(
            **self._copy_kwargs(
                api_key=api_key,
                sign_in_with_x=sign_in_with_x,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
            )
        )
        copy._inherit(self)
        return copy


class Venice(_Configured[httpx.Client, SignInWithX], Namespaces):
    """Blocking client of the Venice API.

    Args:
        api_key: Bearer API key; defaults to the ``VENICE_API_KEY`` environment variable.
        sign_in_with_x: x402 wallet auth instead of a key: a ``SIGN-IN-WITH-X`` header value, or a
            callable ``(httpx.Request) -> str`` producing one for each request.
        base_url: defaults to ``VENICE_BASE_URL`` or ``https://api.venice.ai/api/v1``.
        timeout: seconds, ``venice.Timeout`` or ``httpx.Timeout``; ``None`` disables every limit.
            Default: each read or write 600 s, connect 5 s, pool 30 s, and two limits of the
            whole call (``venice.Timeout``): ``total`` 900 s, retries and reading the body (a
            stream, a download) included, and ``idle`` 300 s between SSE events. A number sets
            every phase and ``total`` (``timeout=3``: the call ends within about 3 s, raising
            ``TotalTimeoutError``); a plain ``httpx.Timeout`` keeps the default ``total`` and
            ``idle``. Per call: the ``timeout=`` argument of every method, or ``with_options``.
        max_retries: retries of connection errors, 408, 409, 429 and 5xx (default 2).
        max_retry_after: the longest server-advised wait (``retry-after``...) slept before a retry,
            in seconds (default 60); a longer one raises the error at once, with ``retry_after``.
        max_consecutive_failures: the failure guard: after this many consecutive failed requests
            with the same status within 30 s, requests are refused with ``CircuitOpenError`` for
            30 s, so a buggy loop cannot get the key locked out (Venice: > 20 failures in 30 s).
            Default 20; ``None`` disables it.
        max_response_size: the largest body the client reads whole (JSON, text, an error body),
            in bytes (default 100 MiB); a larger one raises ``ResponseTooLargeError``
            unread (by ``Content-Length``) or as soon as it passes the cap, counted after
            decompression (a gzip bomb stops at the cap), in every response mode. Streamed downloads
            (``BinaryResponse``) are not capped. ``None`` disables it.
        max_event_size: the longest SSE line or event, in characters (default 16 MiB);
            ``ResponseTooLargeError`` beyond it. ``None`` disables it.
        default_headers / default_query: sent with every request.
        http_client: your own ``httpx.Client`` (proxies, transports, limits).

    Raises:
        MissingCredentialsError: no API key and no x402 sign-in were given (before any request).
        ValueError: a header value (the key, ``default_headers``) has whitespace at an end or a
            control character, e.g. a trailing newline (the message never shows the value).
        InvalidURLError: ``base_url`` is not an http(s) URL, or carries ``user:password@`` (which
            would replace the Bearer key with Basic auth; the message never shows them).
    """

    _client: httpx.Client
    _new_http_client = staticmethod(default_http_client)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncVenice(_Configured[httpx.AsyncClient, AsyncSignInWithX], AsyncNamespaces):
    """Async client of the Venice API; same arguments as ``Venice`` (``sign_in_with_x`` may be an
    async callable, ``http_client`` an ``httpx.AsyncClient``)."""

    _client: httpx.AsyncClient
    _new_http_client = staticmethod(default_async_http_client)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
