"""The transport core shared by ``Venice`` and ``AsyncVenice``.

All decisions are pure functions or methods of ``BaseClient``: building a request (URL, auth,
headers, timeout) from a ``PreparedRequest`` (``_request``), deciding whether and how long to wait
before a retry (``_after_response`` / ``_after_error``, applying ``_retry_policy``), and refusing
requests while the failure guard is open. httpx errors become ``venice`` errors by
``_errors._from_http.map_transport_error``, the one translation point, applied here to sending and
by ``reading`` to reading a body. ``SyncAPIClient`` and ``AsyncAPIClient`` only perform the I/O.

The retry policy: a request is repeated (up to ``max_retries`` times) after a connection failure
before the answer (refused, reset, timed out, dropped keep-alive) or while reading a body the
client reads whole (JSON and text answers, error bodies), and after 408, 409, 429 and 5xx
statuses, unless the server asks to wait longer than ``max_retry_after``. Never repeated: bad
outgoing data (an invalid header), unsupported URLs, redirect loops, corrupt bodies, a full
connection pool, Venice's failed-request lock-out (429), and anything after the caller began
reading a stream (SSE, binary). Each attempt passes the failure guard first (``_failure_guard``).

Time and size: each call gets a ``_deadline.Budget`` from its timeout (``total``, ``idle``) and the
client's caps. Each attempt's httpx timeouts are clamped to the time left, a retry whose wait
would pass the deadline is not made (the last error is raised, with a note saying so), and the
response's byte stream is replaced by a guarded one that checks the deadlines between reads and
caps a body read whole at ``max_response_size`` (a ``Content-Length`` above it is refused unread).

This module must not know about resources, operations or generated models, and must never put
credentials into a log record, an exception message or a ``repr``.
"""

from __future__ import annotations

import contextlib
import inspect
import itertools
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx

from venice import _constants as C
from venice._core._credentials import check_header_value, refuse_userinfo
from venice._core._deadline import (
    SLACK,
    AsyncGuardedStream,
    Budget,
    GuardedStream,
    aread_whole,
    cancel_after,
    read_whole,
    took_whole,
)
from venice._core._failure_guard import LOCKOUT_MESSAGE, FailureGuard
from venice._core._rate_limit_headers import server_advised_delay
from venice._core._request import PreparedRequest
from venice._core._retry_policy import is_retryable_error, is_retryable_status, retry_delay
from venice._errors._bodies import decode_body, error_message_and_code
from venice._errors._exceptions import InvalidURLError, MissingCredentialsError, VeniceError
from venice._errors._from_http import HTTPX_ERRORS, make_status_error, map_transport_error
from venice._timeout import limits_of, resolve_timeout
from venice._transports._dispatch import BODY_HEADERS, DirectRoute, direct_route
from venice._transports._pool import default_async_http_client, default_http_client
from venice._types import NOT_GIVEN, AsyncSignInWithX, NotGiven, SignInWithX, TimeoutTypes
from venice._version import __version__

log = logging.getLogger("venice")

# The distribution's name on PyPI (``pip install venice-bindings``) and version.
USER_AGENT = f"venice-bindings/{__version__}"


# ----------------------------------------------------------------------------------------------
# Shared configuration and request building
# ----------------------------------------------------------------------------------------------


_HTTP = TypeVar("_HTTP", httpx.Client, httpx.AsyncClient)
_SIWX = TypeVar("_SIWX", SignInWithX, AsyncSignInWithX)


class BaseClient(Generic[_HTTP, _SIWX]):
    """Configuration and pure request building shared by the sync and async clients: the type
    parameters are the HTTP client and the x402 sign-in each takes. Its constructor and
    ``with_options`` are the one place the client's options are written out (``Venice`` documents
    them)."""

    _client: _HTTP
    _new_http_client: ClassVar[Callable[[], Any]]  # the default HTTP client of the subclass
    _owns_client: bool
    _route: DirectRoute | None  # the direct route to the transport, for a client built here
    _route_headers: httpx.Headers | None = None  # the direct route's starting headers, once built
    _route_body_headers: frozenset[str] = frozenset()  # which of BODY_HEADERS those hold

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
        key_source = "api_key"
        if api_key is None and sign_in_with_x is None:
            api_key = os.environ.get(C.API_KEY_ENV) or None
            key_source = f"The {C.API_KEY_ENV} environment variable (the API key)"
        if api_key is None and sign_in_with_x is None:
            raise MissingCredentialsError(
                f"No API key: pass api_key=... or set the {C.API_KEY_ENV} environment variable "
                "(or pass sign_in_with_x=... to authenticate with an x402 wallet)."
            )
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if max_retry_after < 0:
            raise ValueError("max_retry_after must be >= 0 (seconds)")
        for name, size in (("max_response_size", max_response_size), ("max_event_size", max_event_size)):
            if size is not None and size <= 0:
                raise ValueError(f"{name} must be > 0 (bytes) or None")
        # Header values are checked now, so a bad one fails here, once, before any I/O.
        if api_key is not None:
            check_header_value(api_key, source=key_source, token=True)
        elif isinstance(sign_in_with_x, str):
            check_header_value(sign_in_with_x, source="sign_in_with_x")
        for name, value in (default_headers or {}).items():
            check_header_value(value, source=f"default_headers[{name!r}]")
        self._api_key = api_key
        self._sign_in_with_x: _SIWX | None = sign_in_with_x
        if base_url is None:
            base_url = os.environ.get(C.BASE_URL_ENV) or C.DEFAULT_BASE_URL
        self.base_url = base_url  # checked by the setter
        self.timeout: TimeoutTypes = C.DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self._timeout = resolve_timeout(timeout)  # what requests get
        self._limits = limits_of(self._timeout)  # and their (total, idle)
        self.max_response_size = max_response_size
        self.max_event_size = max_event_size
        self.max_retries = max_retries
        self.max_retry_after = max_retry_after
        self._guard = (
            None
            if max_consecutive_failures is None
            else FailureGuard(max_consecutive_failures, C.FAILURE_WINDOW)
        )
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        # Retry waits call this instead of sleeping when set (tests set it after construction).
        self._sleep_override: Callable[[float], Any] | None = None
        self._owns_client = http_client is None
        self._client = http_client or type(self)._new_http_client()
        self._route = direct_route(self._client)

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

    @property
    def base_url(self) -> httpx.URL:
        """The URL every operation's path is appended to (no trailing slash)."""
        return self._base_url

    @base_url.setter
    def base_url(self, value: str | httpx.URL) -> None:
        try:
            url = httpx.URL(str(value).rstrip("/"))
        except httpx.InvalidURL as exc:
            raise InvalidURLError(f"base_url is not a valid URL ({exc}).") from None
        if url.scheme not in ("http", "https"):
            raise InvalidURLError("base_url must start with https:// or http://.")
        refuse_userinfo(url)
        self._base_url = url
        self._base_url_text = str(url)  # what each request's URL starts with
        self._route_headers = None  # its Host header is the new URL's

    # -- request building ---------------------------------------------------------------------

    def _static_headers(self) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT}
        if self._api_key is not None:
            headers["Authorization"] = f"Bearer {self._api_key}"
        elif isinstance(self._sign_in_with_x, str):
            headers[C.SIWX_HEADER] = self._sign_in_with_x
        headers.update(self._default_headers)
        return headers

    def _budget(self, prepared: PreparedRequest) -> tuple[httpx.Timeout | None, Budget]:
        """The call's httpx timeout, and its budget (deadlines and size caps), starting now."""
        if isinstance(prepared.timeout, NotGiven):
            timeout, limits = self._timeout, self._limits
        else:
            timeout = resolve_timeout(prepared.timeout)
            limits = limits_of(timeout)
        return timeout, Budget(*limits, max_event=self.max_event_size, max_whole=self.max_response_size)

    def _headers(self) -> MutableMapping[str, str]:
        """A fresh copy of the headers a request starts from: on the direct route the complete
        ``httpx.Headers`` (built once per client), else this client's own, for ``build_request``
        to merge with the injected client's defaults."""
        route = self._route
        if route is None:
            return self._static_headers()
        if self._route_headers is None:
            self._route_headers = template = route.headers_for(self.base_url, self._static_headers())
            self._route_body_headers = frozenset(name for name in BODY_HEADERS if name in template)
        return httpx.Headers(self._route_headers, encoding=self._route_headers.encoding)

    def _build_request(self, prepared: PreparedRequest, timeout: httpx.Timeout | None) -> httpx.Request:
        headers = self._headers()
        for name, value in (prepared.headers or {}).items():
            if value is None or isinstance(value, NotGiven):
                headers.pop(name, None)
            else:
                headers[name] = text = str(value)
                check_header_value(text, source=f"header {name!r}")
        method, url = prepared.method.upper(), self._base_url_text + prepared.url
        options: dict[str, Any] = {
            "params": {**self._default_query, **(prepared.params or {})} or None,
            "headers": headers,
            "json": prepared.json,
            "files": prepared.files,
            "data": prepared.data,
            "content": prepared.content,
            "timeout": timeout,
            "extensions": dict(prepared.extensions),
        }
        try:
            request: httpx.Request
            if self._route is None:
                request = self._client.build_request(method, url, **options)
            else:  # the route's own headers, unless the call added some: no need to look for body headers
                given = None if prepared.headers else self._route_body_headers
                request = self._route.request(method, url, body_headers=given, **options)
        except httpx.InvalidURL as exc:
            raise map_transport_error(exc, None) from exc
        return request

    def _max_retries_for(self, prepared: PreparedRequest) -> int:
        return self.max_retries if isinstance(prepared.max_retries, NotGiven) else prepared.max_retries

    def _needs_siwx_callable(self) -> bool:
        return self._api_key is None and callable(self._sign_in_with_x)

    def _siwx_string(self) -> str | None:
        """The fixed ``SIGN-IN-WITH-X`` value, when one was given instead of a callable."""
        return self._sign_in_with_x if isinstance(self._sign_in_with_x, str) else None

    # -- the retry policy, shared by both clients (no I/O) -------------------------------------

    def _before_attempt(self) -> None:
        """Refuse to send while the failure guard is open (raises ``CircuitOpenError``)."""
        if self._guard is not None:
            self._guard.check(time.monotonic())

    def _after_response(
        self, prepared: PreparedRequest, response: httpx.Response, retries_taken: int, budget: Budget
    ) -> float | None:
        """``None`` for a success; the delay before a retry; or raise the status error.

        The body of a status >= 400 has been read.
        """
        status = response.status_code
        lockout = status == 429 and _is_lockout(response)
        if self._guard is not None:
            self._guard.record(status, time.monotonic(), lockout=lockout)
        if status < 400:
            return None
        advised = server_advised_delay(response.headers, status, now=time.time())
        retry_after = advised if advised is not None and advised > 0 else None
        note = None
        if is_retryable_status(status) and retries_taken < self._max_retries_for(prepared) and not lockout:
            delay = retry_delay(
                retries_taken,
                response.headers,
                status,
                now=time.time(),
                rand=random.random(),
                max_retry_after=self.max_retry_after,
            )
            note = _past_deadline(delay, budget)
            if delay is not None and note is None:
                _log_retry(
                    prepared, f"status {status}", delay, retries_taken, self._max_retries_for(prepared)
                )
                return delay
            if note is None:
                note = (
                    f"Not retried: the server asks to wait {retry_after:g} s, longer than "
                    f"max_retry_after={self.max_retry_after:g} s; retry after err.retry_after seconds."
                )
        raise make_status_error(response, retry_after=retry_after, note=note)

    def _after_error(
        self,
        prepared: PreparedRequest,
        request: httpx.Request,
        response: httpx.Response | None,
        exc: Exception,
        retries_taken: int,
        budget: Budget,
    ) -> float:
        """The delay before retrying after ``exc`` (an ``HTTPX_ERRORS`` instance), or raise its
        translation: for bad outgoing data without the chain, whose text may quote a header; for
        a timeout at the call's deadline (httpx's, clamped to it), ``TotalTimeoutError``."""
        if (  # a full pool keeps its own error, which says what to do about it
            isinstance(exc, httpx.TimeoutException)
            and not isinstance(exc, httpx.PoolTimeout)
            and budget.deadline is not None
            and time.monotonic() >= budget.deadline - SLACK
        ):
            raise budget.total_error(request) from exc
        max_retries = self._max_retries_for(prepared)
        note = None
        if is_retryable_error(exc) and retries_taken < max_retries:
            delay = retry_delay(retries_taken, None, None, now=time.time(), rand=random.random())
            assert delay is not None  # no headers: always a backoff
            note = _past_deadline(delay, budget)
            if note is None:
                _log_retry(prepared, type(exc).__name__, delay, retries_taken, max_retries)
                return delay
        error = map_transport_error(exc, request, response=response)
        if note is not None:
            error.add_note(note)
        if isinstance(exc, httpx.LocalProtocolError):
            raise error from None
        raise error from exc

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
        """A copy sharing the connection pool, with some options replaced (per-call settings); one
        set of credentials replaces the other."""
        credentials = (self._api_key, self._sign_in_with_x)
        if api_key is not None or sign_in_with_x is not None:
            credentials = (api_key, sign_in_with_x)
        copy = type(self)(
            api_key=credentials[0],
            sign_in_with_x=credentials[1],
            base_url=self.base_url if base_url is None else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            max_retry_after=self.max_retry_after,
            max_consecutive_failures=self._guard.threshold if self._guard else None,
            max_response_size=self.max_response_size,
            max_event_size=self.max_event_size,
            default_headers={**self._default_headers, **(default_headers or {})},
            default_query=self._default_query,
            http_client=self._client,
        )
        copy._inherit(self)
        return copy

    def _inherit(self, parent: BaseClient[Any, Any]) -> None:
        """Make this ``with_options`` copy share ``parent``'s pool, and its failure guard when
        the credentials are the same (one key, one lock-out)."""
        self._owns_client = False
        self._sleep_override = parent._sleep_override
        same_key = (self._api_key, self._sign_in_with_x) == (parent._api_key, parent._sign_in_with_x)
        if same_key and self._guard is not None and parent._guard is not None:
            self._guard = parent._guard


def _past_deadline(delay: float | None, budget: Budget) -> str | None:
    """Why a retry after ``delay`` seconds is not made: its wait would pass the call's deadline."""
    if delay is None or budget.deadline is None:
        return None
    left = budget.deadline - time.monotonic()
    if delay < left:
        return None
    return (
        f"Not retried: waiting {delay:g} s before the next attempt would pass the call's total "
        f"timeout of {budget.total:g} s ({max(left, 0.0):.3g} s left)."
    )


def _is_lockout(response: httpx.Response) -> bool:
    message, _ = error_message_and_code(decode_body(response), response.status_code)
    return message is not None and message.startswith(LOCKOUT_MESSAGE)


def _log_retry(
    prepared: PreparedRequest, reason: str, delay: float, retries_taken: int, max_retries: int
) -> None:
    log.info(
        "Retrying %s %s after %s in %.3f s (retry %d of %d)",
        prepared.method.upper(),
        prepared.url,
        reason,
        delay,
        retries_taken + 1,
        max_retries,
    )


# A predicate choosing the successful responses whose body ``_send`` reads whole, inside the retry
# loop (JSON and text answers); the others (SSE, binary) are returned unread, for streaming.
ReadBody = Callable[[httpx.Response], bool]


class _Hooks(BaseClient[httpx.Client, SignInWithX]):
    """What the blocking client does differently, by hand: its default HTTP client, sleeping,
    calling the x402 signer, and the attempt's deadline. The rest of ``SyncAPIClient`` is written by
    ``scripts/unasync.py`` from ``AsyncAPIClient``."""

    _new_http_client = staticmethod(default_http_client)

    def _sleep(self, seconds: float) -> None:
        (self._sleep_override or time.sleep)(seconds)

    def _authorize(self, request: httpx.Request) -> None:
        if self._needs_siwx_callable():
            signer: Callable[[httpx.Request], str] = self._sign_in_with_x  # type: ignore[assignment]
            value = signer(request)
            check_header_value(value, source="the value returned by sign_in_with_x")
            request.headers[C.SIWX_HEADER] = value

    @staticmethod
    def _attempt_deadline(budget: Budget) -> AbstractContextManager[object]:
        # A blocking read cannot be cancelled: the guarded stream checks the deadlines between reads.
        return _NO_DEADLINE


class _AsyncHooks(BaseClient[httpx.AsyncClient, AsyncSignInWithX]):
    """What the async client does differently, by hand (see ``_Hooks``): an async sleep, a signer
    that may be a coroutine function, and an attempt cancelled at the call's deadline."""

    _new_http_client = staticmethod(default_async_http_client)

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
            check_header_value(value, source="the value returned by sign_in_with_x")
            request.headers[C.SIWX_HEADER] = value

    @staticmethod
    def _attempt_deadline(budget: Budget) -> AbstractAsyncContextManager[object]:
        return cancel_after(budget.remaining())


_NO_DEADLINE = contextlib.nullcontext()


# ---- async source: scripts/unasync.py writes the sync code at the end of the file from it


class AsyncAPIClient(_AsyncHooks):
    """The client's I/O around ``BaseClient``: send, read, retry, sleep."""

    async def _send(
        self, prepared: PreparedRequest, *, stream: bool = False, read_body: ReadBody | None = None
    ) -> httpx.Response:
        """Send with retries; return a response with status < 400 or raise a ``venice`` error.

        With ``stream=True`` the body is left unread unless ``read_body(response)`` says to read
        it here, where a failure mid-body is retried like one before the answer.
        """
        timeout, budget = self._budget(prepared)
        retries_taken = 0
        while True:
            self._before_attempt()
            request = self._build_request(prepared, timeout)
            await self._authorize(request)
            budget.start_attempt(request)
            response = None
            try:
                try:
                    # One deadline for the headers (trickled or not) and a body read here.
                    async with self._attempt_deadline(budget):
                        response = await self._transmit(request, stream)
                        whole = response.status_code >= 400 or (read_body is not None and read_body(response))
                        if stream and not (whole and took_whole(response, budget)):
                            guarded = AsyncGuardedStream(response.stream, budget, request)  # type: ignore[arg-type]
                            guarded.covered = whole  # read here, inside this block's deadline
                            response.stream = guarded
                            if whole:
                                await aread_whole(response)
                except TimeoutError as exc:  # the deadline's cancellation
                    raise budget.total_error(request) from exc
            except HTTPX_ERRORS as exc:
                if response is not None:
                    await response.aclose()
                delay = self._after_error(prepared, request, response, exc, retries_taken, budget)
            except VeniceError:  # the budget's (time, size): another attempt would meet it again
                if response is not None:
                    await response.aclose()
                raise
            else:  # a body read to its end is closed already
                wait = self._after_response(prepared, response, retries_taken, budget)
                if wait is None:
                    return response
                delay = wait
            await self._sleep(delay)
            retries_taken += 1

    async def _transmit(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """One attempt: straight to the transport on the direct route (``_dispatch``), else
        through the injected client's ``send()``."""
        route = self._route
        if route is None:
            return await self._client.send(request, stream=stream)
        for hops in itertools.count():
            started = time.perf_counter()
            try:
                response: httpx.Response = await route.transport.handle_async_request(request)
                follow = route.follow(request, response, started, hops)
            except httpx.RequestError as exc:
                exc.request = request
                raise
            if follow is None:
                if not stream:
                    await response.aread()
                return response
            await response.aclose()
            request = follow
        raise AssertionError("unreachable")

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_client:
            await self._client.aclose()


# ---- sync code written by scripts/unasync.py from the async source above: do not edit


class SyncAPIClient(_Hooks):
    """The client's I/O around ``BaseClient``: send, read, retry, sleep."""

    def _send(
        self, prepared: PreparedRequest, *, stream: bool = False, read_body: ReadBody | None = None
    ) -> httpx.Response:
        """Send with retries; return a response with status < 400 or raise a ``venice`` error.

        With ``stream=True`` the body is left unread unless ``read_body(response)`` says to read
        it here, where a failure mid-body is retried like one before the answer.
        """
        timeout, budget = self._budget(prepared)
        retries_taken = 0
        while True:
            self._before_attempt()
            request = self._build_request(prepared, timeout)
            self._authorize(request)
            budget.start_attempt(request)
            response = None
            try:
                try:
                    # One deadline for the headers (trickled or not) and a body read here.
                    with self._attempt_deadline(budget):
                        response = self._transmit(request, stream)
                        whole = response.status_code >= 400 or (read_body is not None and read_body(response))
                        if stream and not (whole and took_whole(response, budget)):
                            guarded = GuardedStream(response.stream, budget, request)  # type: ignore[arg-type]
                            guarded.covered = whole  # read here, inside this block's deadline
                            response.stream = guarded
                            if whole:
                                read_whole(response)
                except TimeoutError as exc:  # the deadline's cancellation
                    raise budget.total_error(request) from exc
            except HTTPX_ERRORS as exc:
                if response is not None:
                    response.close()
                delay = self._after_error(prepared, request, response, exc, retries_taken, budget)
            except VeniceError:  # the budget's (time, size): another attempt would meet it again
                if response is not None:
                    response.close()
                raise
            else:  # a body read to its end is closed already
                wait = self._after_response(prepared, response, retries_taken, budget)
                if wait is None:
                    return response
                delay = wait
            self._sleep(delay)
            retries_taken += 1

    def _transmit(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """One attempt: straight to the transport on the direct route (``_dispatch``), else
        through the injected client's ``send()``."""
        route = self._route
        if route is None:
            return self._client.send(request, stream=stream)
        for hops in itertools.count():
            started = time.perf_counter()
            try:
                response: httpx.Response = route.transport.handle_request(request)
                follow = route.follow(request, response, started, hops)
            except httpx.RequestError as exc:
                exc.request = request
                raise
            if follow is None:
                if not stream:
                    response.read()
                return response
            response.close()
            request = follow
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_client:
            self._client.close()
