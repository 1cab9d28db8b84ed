"""The transport core shared by ``Venice`` and ``AsyncVenice``.

All decisions are pure functions or methods of ``BaseClient``: building a request (URL, auth,
headers, timeout), deciding whether and how long to wait before a retry, and translating httpx
errors into ``venice`` errors. ``SyncAPIClient`` and ``AsyncAPIClient`` only perform the I/O.

This module must not know about resources, operations or generated models, and must never put
credentials into a log record, an exception message or a ``repr``.
"""

from __future__ import annotations

import email.utils
import inspect
import logging
import os
import random
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import httpx

from . import _constants as C
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    MissingCredentialsError,
    StreamInterruptedError,
    make_status_error,
)
from ._types import NOT_GIVEN, AsyncSignInWithX, NotGiven, SignInWithX, TimeoutTypes
from ._version import __version__

log = logging.getLogger("venice")

_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)


@dataclass(frozen=True)
class RequestOptions:
    """Everything needed to send one request; built by the resource layer, merged here."""

    method: str
    url: str
    params: Mapping[str, Any] | None = None
    headers: Mapping[str, Any] | None = None
    json: Any = None
    files: Any = None
    data: Mapping[str, Any] | None = None
    content: bytes | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    extensions: Mapping[str, Any] = field(default_factory=dict)


# ----------------------------------------------------------------------------------------------
# Pure retry logic
# ----------------------------------------------------------------------------------------------


def is_retryable_status(status_code: int) -> bool:
    """408, 409, 429 and every 5xx are retried; other 4xx (400/401/402/403/404/413/415/422) never."""
    return status_code in C.RETRY_STATUS_CODES or status_code >= 500


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")


def _parse_duration(value: str) -> float | None:
    # "1.5s", "250ms", "6m0s" (OpenAI-style reset headers).
    parts = _DURATION_PART.findall(value)
    if not parts or "".join(n + u for n, u in parts) != value:
        return None
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
    return sum(float(n) * scale[u] for n, u in parts)


def server_advised_delay(headers: httpx.Headers, status_code: int | None, *, now: float) -> float | None:
    """Seconds the server asks us to wait, from ``retry-after-ms``, ``retry-after`` (seconds or
    HTTP-date), or, on 429, ``x-ratelimit-reset-requests`` (a Unix timestamp in Venice's docs; a
    small number or a duration such as ``"6m0s"`` is read as a delay). ``None`` if none applies.
    """
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return float(value) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is not None:
        try:
            return float(value)
        except ValueError:
            parsed = email.utils.parsedate_tz(value)
            if parsed is not None:
                return float(email.utils.mktime_tz(parsed)) - now
    value = headers.get("x-ratelimit-reset-requests") if status_code == 429 else None
    if value is not None:
        try:
            number = float(value)
        except ValueError:
            return _parse_duration(value.strip())
        if number > 1e12:  # a timestamp in milliseconds
            return number / 1000.0 - now
        if number > 1e9:  # a Unix timestamp in seconds
            return number - now
        return number
    return None


def retry_delay(
    retries_taken: int,
    headers: httpx.Headers | None,
    status_code: int | None,
    *,
    now: float,
    rand: float,
) -> float:
    """Seconds to wait before retry number ``retries_taken + 1``.

    A server-advised delay in ``(0, MAX_SERVER_ADVISED_DELAY]`` is used as is (longer ones are cut
    to the cap). Otherwise exponential backoff: ``INITIAL_RETRY_DELAY * 2**retries_taken`` capped at
    ``MAX_RETRY_DELAY``, minus a jitter of up to ``RETRY_JITTER`` of it (``rand`` in ``[0, 1)``).
    """
    if headers is not None:
        advised = server_advised_delay(headers, status_code, now=now)
        if advised is not None and advised > 0:
            return min(advised, C.MAX_SERVER_ADVISED_DELAY)
    backoff = min(C.INITIAL_RETRY_DELAY * (2.0**retries_taken), C.MAX_RETRY_DELAY)
    return backoff * (1.0 - C.RETRY_JITTER * rand)


def map_transport_error(
    exc: Exception, request: httpx.Request | None, *, streaming: bool = False
) -> Exception:
    """The one place httpx transport errors become ``venice`` errors (callers ``raise ... from exc``)."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    if streaming and isinstance(exc, (httpx.TransportError, httpx.StreamError)):
        return StreamInterruptedError(
            f"The connection was interrupted while reading the stream ({type(exc).__name__}).",
            request=request,
        )
    if isinstance(exc, httpx.TransportError):
        return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)
    return exc


# ----------------------------------------------------------------------------------------------
# Shared configuration and request building
# ----------------------------------------------------------------------------------------------


class BaseClient:
    """Configuration and pure request building shared by the sync and async clients."""

    _client: Any  # httpx.Client | httpx.AsyncClient, fixed by the subclass

    def __init__(
        self,
        *,
        api_key: str | None,
        sign_in_with_x: SignInWithX | AsyncSignInWithX | None,
        base_url: str | httpx.URL | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None,
        sleep: Callable[[float], Any] | None,
    ) -> None:
        if api_key is None and sign_in_with_x is None:
            api_key = os.environ.get(C.API_KEY_ENV) or None
        if api_key is None and sign_in_with_x is None:
            raise MissingCredentialsError(
                f"No API key: pass api_key=... or set the {C.API_KEY_ENV} environment variable "
                "(or pass sign_in_with_x=... to authenticate with an x402 wallet)."
            )
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._api_key = api_key
        self._sign_in_with_x = sign_in_with_x
        if base_url is None:
            base_url = os.environ.get(C.BASE_URL_ENV) or C.DEFAULT_BASE_URL
        self.base_url = httpx.URL(str(base_url).rstrip("/"))
        self.timeout: TimeoutTypes = C.DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        self._sleep_override = sleep

    # -- credentials never leave through repr -------------------------------------------------

    @property
    def api_key(self) -> str | None:
        """The Bearer API key (``None`` when authenticating with x402 only)."""
        return self._api_key

    def __repr__(self) -> str:
        auth = "api_key=<redacted>" if self._api_key else "sign_in_with_x=<redacted>"
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, {auth}, max_retries={self.max_retries})"
        )

    # -- request building ---------------------------------------------------------------------

    def _static_headers(self) -> dict[str, str]:
        headers = {"User-Agent": f"venice-sdk-python/{__version__}"}
        if self._api_key is not None:
            headers["Authorization"] = f"Bearer {self._api_key}"
        elif isinstance(self._sign_in_with_x, str):
            headers[C.SIWX_HEADER] = self._sign_in_with_x
        headers.update(self._default_headers)
        return headers

    def _build_request(self, options: RequestOptions) -> httpx.Request:
        headers = self._static_headers()
        for name, value in (options.headers or {}).items():
            if value is None or isinstance(value, NotGiven):
                headers.pop(name, None)
            else:
                headers[name] = str(value)
        params = {**self._default_query, **(options.params or {})} or None
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        request: httpx.Request = self._client.build_request(
            options.method.upper(),
            f"{self.base_url}{options.url}",
            params=params,
            headers=headers,
            json=options.json,
            files=options.files,
            data=options.data,
            content=options.content,
            timeout=timeout,
            extensions=dict(options.extensions) or None,
        )
        return request

    def _max_retries_for(self, options: RequestOptions) -> int:
        return self.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries

    def _needs_siwx_callable(self) -> bool:
        return self._api_key is None and callable(self._sign_in_with_x)

    def _delay(self, retries_taken: int, response: httpx.Response | None) -> float:
        return retry_delay(
            retries_taken,
            response.headers if response is not None else None,
            response.status_code if response is not None else None,
            now=time.time(),
            rand=random.random(),
        )

    def _copy_kwargs(
        self,
        *,
        api_key: str | None = None,
        sign_in_with_x: object | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Constructor arguments for a copy of this client sharing its connection pool, with the
        given options replaced (`with_options`); one set of credentials replaces the other."""
        kwargs: dict[str, Any] = {
            "api_key": self._api_key,
            "sign_in_with_x": self._sign_in_with_x,
            "base_url": self.base_url if base_url is None else base_url,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": {**self._default_headers, **(default_headers or {})},
            "default_query": self._default_query,
            "http_client": self._client,
            "_sleep": self._sleep_override,
        }
        if api_key is not None or sign_in_with_x is not None:
            kwargs["api_key"], kwargs["sign_in_with_x"] = api_key, sign_in_with_x
        return kwargs


def _log_retry(
    options: RequestOptions, reason: str, delay: float, retries_taken: int, max_retries: int
) -> None:
    log.info(
        "Retrying %s %s after %s in %.3f s (retry %d of %d)",
        options.method.upper(),
        options.url,
        reason,
        delay,
        retries_taken + 1,
        max_retries,
    )


class SyncAPIClient(BaseClient):
    """Blocking I/O around ``BaseClient``: send, retry, sleep."""

    _client: httpx.Client

    def _sleep(self, seconds: float) -> None:
        (self._sleep_override or time.sleep)(seconds)

    def _authorize(self, request: httpx.Request) -> None:
        if self._needs_siwx_callable():
            signer: Callable[[httpx.Request], str] = self._sign_in_with_x  # type: ignore[assignment]
            request.headers[C.SIWX_HEADER] = signer(request)

    def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Send with retries; return a response with status < 400 or raise a ``venice`` error."""
        max_retries = self._max_retries_for(options)
        retries_taken = 0
        while True:
            request = self._build_request(options)
            self._authorize(request)
            try:
                response = self._client.send(request, stream=stream)
            except httpx.TransportError as exc:
                if retries_taken < max_retries:
                    delay = self._delay(retries_taken, None)
                    _log_retry(options, type(exc).__name__, delay, retries_taken, max_retries)
                    self._sleep(delay)
                    retries_taken += 1
                    continue
                raise map_transport_error(exc, request) from exc
            if response.status_code < 400:
                return response
            if is_retryable_status(response.status_code) and retries_taken < max_retries:
                delay = self._delay(retries_taken, response)
                response.close()
                _log_retry(options, f"status {response.status_code}", delay, retries_taken, max_retries)
                self._sleep(delay)
                retries_taken += 1
                continue
            try:
                response.read()
            except httpx.TransportError as exc:
                raise map_transport_error(exc, request) from exc
            finally:
                response.close()
            raise make_status_error(response)

    def close(self) -> None:
        """Close the underlying connection pool."""
        self._client.close()


class AsyncAPIClient(BaseClient):
    """Non-blocking I/O around ``BaseClient``: send, retry, sleep."""

    _client: httpx.AsyncClient

    async def _sleep(self, seconds: float) -> None:
        if self._sleep_override is not None:
            result = self._sleep_override(seconds)
            if inspect.isawaitable(result):
                await result
            return
        import anyio

        await anyio.sleep(seconds)

    async def _authorize(self, request: httpx.Request) -> None:
        if self._needs_siwx_callable():
            signer: Callable[[httpx.Request], str | Awaitable[str]] = self._sign_in_with_x  # type: ignore[assignment]
            value = signer(request)
            if inspect.isawaitable(value):
                value = await value
            request.headers[C.SIWX_HEADER] = value

    async def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Send with retries; return a response with status < 400 or raise a ``venice`` error."""
        max_retries = self._max_retries_for(options)
        retries_taken = 0
        while True:
            request = self._build_request(options)
            await self._authorize(request)
            try:
                response = await self._client.send(request, stream=stream)
            except httpx.TransportError as exc:
                if retries_taken < max_retries:
                    delay = self._delay(retries_taken, None)
                    _log_retry(options, type(exc).__name__, delay, retries_taken, max_retries)
                    await self._sleep(delay)
                    retries_taken += 1
                    continue
                raise map_transport_error(exc, request) from exc
            if response.status_code < 400:
                return response
            if is_retryable_status(response.status_code) and retries_taken < max_retries:
                delay = self._delay(retries_taken, response)
                await response.aclose()
                _log_retry(options, f"status {response.status_code}", delay, retries_taken, max_retries)
                await self._sleep(delay)
                retries_taken += 1
                continue
            try:
                await response.aread()
            except httpx.TransportError as exc:
                raise map_transport_error(exc, request) from exc
            finally:
                await response.aclose()
            raise make_status_error(response)

    async def close(self) -> None:
        """Close the underlying connection pool."""
        await self._client.aclose()


def with_replaced(options: RequestOptions, **changes: Any) -> RequestOptions:
    """A copy of ``options`` with ``changes`` applied."""
    return replace(options, **changes)
