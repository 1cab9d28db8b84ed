"""``Venice`` and ``AsyncVenice``: the engine's clients (configuration, retries, the connection pool,
``venice._core``) with the namespaces the pipeline generates (``venice.resources``: ``client.chat``,
...). One line of bases: ``Venice`` -> generated ``Namespaces`` -> ``SyncAPIClient`` ->
``BaseClient``; each namespace is created and its module imported on first access, so ``import
venice`` stays cheap.

Retries: connection errors (also in the middle of a JSON body), 408, 409, 429 and >= 500 are
retried ``max_retries`` times (default 2), never waiting longer than ``max_retry_after`` for a
server-advised delay. Retrying a POST can repeat a billable generation: pass ``max_retries=0`` (per
client or ``client.with_options(max_retries=0)``) for requests that must not run twice.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from venice.resources import AsyncNamespaces, Namespaces

__all__ = ["AsyncVenice", "Venice"]


class Venice(Namespaces):
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

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncVenice(AsyncNamespaces):
    """Async client of the Venice API; same arguments as ``Venice`` (``sign_in_with_x`` may be an
    async callable, ``http_client`` an ``httpx.AsyncClient``)."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
