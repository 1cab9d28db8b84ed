"""Limits that hold for a whole call: its overall deadline, a stream's idle timeout, body size caps.

httpx's timeouts bound each socket operation, so a server dripping a byte a second, or an SSE
stream sending keep-alive comments without an event, never trips them. ``Timeout`` adds ``total``
(the whole call: every attempt, the waits between them and reading the body, a stream or a download
included) and ``idle`` (the longest wait for the next SSE event; comments and partial lines do not
count). A ``Budget`` is made per call by the client's ``_send``; it clamps each attempt's httpx
timeouts to what remains, and ``GuardedStream`` / ``AsyncGuardedStream``, which replace a
response's byte stream, check the deadlines between reads and count the bytes of a body the client
reads whole. A blocking read cannot be interrupted: the sync client notices a passed deadline when
the read returns (at once for a server that drips, after at most the read timeout, itself clamped
to the budget when the attempt and the body begin, for one that goes silent); the async client
cancels the read at the deadline.

This module must not decide retries or know about operations; it raises only the typed errors of
``_exceptions``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx

from venice._core._timer_wheel import shared_deadline
from venice._errors._exceptions import (
    APITimeoutError,
    ResponseTooLargeError,
    StreamIdleTimeoutError,
    TotalTimeoutError,
)
from venice._errors._wire_failure import endpoint

__all__ = [
    "SLACK",
    "AsyncGuardedStream",
    "Budget",
    "GuardedStream",
    "aread_whole",
    "budget_of",
    "cancel_after",
    "read_whole",
    "sent_unencoded",
    "took_whole",
]

# A timeout that fires this close to a limit is the limit's: httpx's timeouts were clamped to it,
# and a socket timeout may end a millisecond early.
SLACK = 0.05


class Budget:
    """The time (and body size) one call may still spend; shared by its attempts and its body.

    ``idle_spent`` is the time spent waiting in reads since the stream's last event (the reader
    sets it to 0 on each event, and turns the idle check on with ``watch_idle``); time the caller
    spends between events does not count.
    """

    __slots__ = ("deadline", "idle", "idle_on", "idle_spent", "max_event", "max_whole", "total")

    def __init__(
        self,
        total: float | None,
        idle: float | None,
        *,
        max_event: int | None = None,
        max_whole: int | None = None,
    ) -> None:
        self.total = total
        self.idle = idle
        self.max_event = max_event  # the SSE line / event cap, read by the stream's decoder
        self.max_whole = max_whole  # the cap of a body read whole, decoded (``read_whole``)
        self.deadline = None if total is None else time.monotonic() + total
        self.idle_on = False
        self.idle_spent = 0.0

    def remaining(self) -> float | None:
        """Seconds left before the first limit that applies, or ``None`` without one."""
        left = None if self.deadline is None else self.deadline - time.monotonic()
        if self.idle_on and self.idle is not None:
            idle_left = self.idle - self.idle_spent
            left = idle_left if left is None else min(left, idle_left)
        return left

    def check(self, request: httpx.Request | None, slack: float = 0.0) -> None:
        """Raise the error of a limit that has passed, or is within ``slack`` seconds of it (the
        total deadline first)."""
        if self.deadline is not None and time.monotonic() + slack >= self.deadline:
            raise self.total_error(request)
        if self.idle_on and self.idle is not None and self.idle_spent + slack >= self.idle:
            raise self.idle_error(request)

    def fired(self, request: httpx.Request | None) -> APITimeoutError:
        """The error of the limit that ``remaining()`` counted down to (it has just run out)."""
        idle_left = self.idle - self.idle_spent if self.idle_on and self.idle is not None else None
        if self.deadline is not None and (idle_left is None or self.deadline - time.monotonic() <= idle_left):
            return self.total_error(request)
        assert self.idle is not None
        return self.idle_error(request)

    def idle_error(self, request: httpx.Request | None) -> StreamIdleTimeoutError:
        assert self.idle is not None
        return StreamIdleTimeoutError(
            f"Stream idle timeout: no event from {endpoint(request)} for {self.idle:g} s "
            "(Timeout(idle=...); keep-alive "
            "comments and partial lines do not count).",
            timeout=self.idle,
            request=request,
        )

    def total_error(self, request: httpx.Request | None) -> TotalTimeoutError:
        assert self.total is not None
        return TotalTimeoutError(
            f"Total timeout: the call to {endpoint(request)} took longer than its overall deadline "
            f"of {self.total:g} s "
            "(Timeout(total=...), or a number passed as timeout=), retries and reading the body "
            "included.",
            timeout=self.total,
            request=request,
        )

    def waited(self, started: float) -> None:
        """Count a read that began at ``started`` as time waiting for the stream's next event."""
        self.idle_spent += time.monotonic() - started

    def start_attempt(self, request: httpx.Request) -> None:
        """Before sending: raise if the deadline passed, else clamp the attempt's timeouts."""
        if self.deadline is None:
            return
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self.total_error(request)
        timeouts = request.extensions.get("timeout")
        if isinstance(timeouts, dict):
            for name, value in timeouts.items():
                if value is None or value > left:
                    timeouts[name] = left

    def clamp(self, request: httpx.Request) -> None:
        """Lower the request's httpx timeouts (its ``timeout`` extension, which the transport
        reads when it connects, sends, and starts reading headers or body) to what remains."""
        left = self.remaining()
        timeouts = request.extensions.get("timeout")
        if left is None or not isinstance(timeouts, dict):
            return
        left = max(left, 0.001)
        for name, value in timeouts.items():
            if value is None or value > left:
                timeouts[name] = left

    def too_large(self, request: httpx.Request | None, size: int | None = None) -> ResponseTooLargeError:
        assert self.max_whole is not None
        found = f" (Content-Length {size})" if size is not None else " (decompressed)"
        return ResponseTooLargeError(
            f"The response body is larger than max_response_size={self.max_whole} bytes{found}; "
            "no answer of this API is that large, so it was not read.",
            limit=self.max_whole,
            request=request,
        )

    def declared_too_large(self, response: httpx.Response) -> ResponseTooLargeError | None:
        """The error for a ``Content-Length`` above the cap (the body is refused unread), or None."""
        length = response.headers.get("content-length")
        if self.max_whole is None or length is None or not length.isdigit() or int(length) <= self.max_whole:
            return None
        return self.too_large(response.request, int(length))


def sent_unencoded(response: httpx.Response) -> bool:
    """Whether the body can be read as the transport gives it: not read yet, and sent without a
    ``Content-Encoding`` (the API's usual answer), so httpx's identity decoder and pass-through
    chunker would only hand over the same bytes."""
    return not response.is_stream_consumed and "content-encoding" not in response.headers


def took_whole(response: httpx.Response, budget: Budget) -> bool:
    """Take the body as read when the transport delivered it with the headers (an
    ``httpx.ByteStream``: aiohttp's small answers) and unencoded: there is no time left to bound,
    only its size to check against ``max_response_size``. False (nothing done) otherwise: the
    body is read through its guarded stream."""
    stream = response.stream
    if type(stream) is not httpx.ByteStream or not sent_unencoded(response):
        return False
    content = b"".join(stream)
    if budget.max_whole is not None and len(content) > budget.max_whole:
        # Unencoded: a Content-Length, if any, is the size; else the count is the bytes themselves.
        raise budget.declared_too_large(response) or budget.too_large(response.request)
    response._content = content  # what ``read()`` keeps
    response.is_stream_consumed = response.is_closed = True  # a ByteStream holds nothing to close
    return True


def _whole_body_limit(response: httpx.Response) -> Budget | None:
    budget = budget_of(response)
    if budget is None or budget.max_whole is None:
        return None
    if (error := budget.declared_too_large(response)) is not None:
        raise error
    return budget


def _keep(response: httpx.Response, chunks: list[bytes]) -> bytes:
    content = b"".join(chunks)
    # What httpx's own ``read()`` stores; ``.content``, ``.text`` and ``.json()`` read it from there.
    response._content = content
    return content


def _as_sent(response: httpx.Response) -> bool:
    """Whether the body may be read straight from its (guarded) stream (``sent_unencoded``). Marks
    the stream consumed, as ``iter_raw`` does; False when the body must be decoded or was consumed
    (httpx then reads it, or says why it cannot)."""
    if not sent_unencoded(response):
        return False
    response.is_stream_consumed = True
    return True


def _size_checked(response: httpx.Response, budget: Budget, size: int) -> None:
    assert budget.max_whole is not None
    if size > budget.max_whole:
        raise budget.too_large(response.request)


def budget_of(response: httpx.Response) -> Budget | None:
    """The budget of the call that got ``response``, when the client guarded its body."""
    stream = response.stream
    return stream.budget if isinstance(stream, (GuardedStream, AsyncGuardedStream)) else None


class GuardedStream(httpx.SyncByteStream):
    """A response's byte stream under its call's ``Budget``: each read is checked against the
    deadlines (the size of a body read whole is checked after decompression, by ``read_whole``)."""

    def __init__(self, stream: httpx.SyncByteStream, budget: Budget, request: httpx.Request) -> None:
        self._stream = stream
        self.budget = budget
        self._request = request
        self.covered = False  # the async twin's flag (read inside the attempt's deadline); unused here

    def __iter__(self) -> Iterator[bytes]:
        budget, request = self.budget, self._request
        budget.clamp(request)  # the transport reads the read timeout as the body starts
        chunks = iter(self._stream)
        while True:
            budget.check(request)
            started = time.monotonic()
            try:
                chunk = next(chunks)
            except StopIteration:
                return
            except httpx.TimeoutException:
                budget.waited(started)
                budget.check(request, SLACK)  # a clamped timeout: the limit's own error
                raise
            budget.waited(started)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AnyioDeadline:
    """``anyio.fail_after`` as an async context manager (for event loops other than asyncio)."""

    __slots__ = ("_scope",)

    def __init__(self, seconds: float | None) -> None:
        import anyio

        self._scope = anyio.fail_after(seconds)

    async def __aenter__(self) -> None:
        self._scope.__enter__()

    async def __aexit__(self, *exc_info: Any) -> bool | None:
        return self._scope.__exit__(*exc_info)


def cancel_after(seconds: float | None) -> AbstractAsyncContextManager[Any]:
    """``async with cancel_after(s):`` cancels its block after ``s`` seconds, raising
    ``TimeoutError`` (``None``: never). On asyncio, ``shared_deadline`` (``asyncio.timeout``, with
    timers shared per second for deadlines over 5 s, which then end up to a second late; measured
    at half the cost of ``anyio.fail_after``, which runs once per read of a body); elsewhere
    (trio), anyio's."""
    asyncio = sys.modules.get("asyncio")  # not imported: no asyncio loop can be running
    if asyncio is None:
        return _AnyioDeadline(seconds)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _AnyioDeadline(seconds)
    return shared_deadline(seconds)


class AsyncGuardedStream(httpx.AsyncByteStream):
    """``GuardedStream`` for the async client, which also cancels a read at the deadline, unless
    ``covered``: the client reads it inside a scope that already cancels at the deadline."""

    def __init__(self, stream: httpx.AsyncByteStream, budget: Budget, request: httpx.Request) -> None:
        self._stream = stream
        self.budget = budget
        self._request = request
        self.covered = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        budget, request = self.budget, self._request
        budget.clamp(request)
        chunks = self._stream.__aiter__()
        while True:
            budget.check(request)
            started = time.monotonic()
            try:
                if self.covered:
                    chunk = await chunks.__anext__()
                else:
                    async with cancel_after(budget.remaining()):
                        chunk = await chunks.__anext__()
            except StopAsyncIteration:
                return
            except TimeoutError as exc:  # cancel_after: a limit of the budget ran out
                budget.waited(started)
                raise budget.fired(request) from exc
            except httpx.TimeoutException:
                budget.waited(started)
                budget.check(request, SLACK)
                raise
            budget.waited(started)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


# ---- async source: scripts/unasync.py writes the sync code at the end of the file from it


async def aread_whole(response: httpx.Response) -> bytes:
    """Read ``response``'s body whole, as ``response.aread()`` does, but count its bytes after
    decompression against the call's ``max_response_size``: a small gzip body that inflates to
    gigabytes is refused after at most one network read's worth of inflation past the cap."""
    if hasattr(response, "_content"):
        return response.content
    budget = _whole_body_limit(response)
    if budget is None:
        return await response.aread()
    stream = response.stream
    assert isinstance(stream, AsyncGuardedStream)
    chunks, size = [], 0
    try:
        async for chunk in stream if _as_sent(response) else response.aiter_bytes():
            size += len(chunk)
            _size_checked(response, budget, size)
            chunks.append(chunk)
    finally:  # closed at the end, as ``aread()`` closes it
        await response.aclose()
    return _keep(response, chunks)


# ---- sync code written by scripts/unasync.py from the async source above: do not edit


def read_whole(response: httpx.Response) -> bytes:
    """Read ``response``'s body whole, as ``response.read()`` does, but count its bytes after
    decompression against the call's ``max_response_size``: a small gzip body that inflates to
    gigabytes is refused after at most one network read's worth of inflation past the cap."""
    if hasattr(response, "_content"):
        return response.content
    budget = _whole_body_limit(response)
    if budget is None:
        return response.read()
    stream = response.stream
    assert isinstance(stream, GuardedStream)
    chunks, size = [], 0
    try:
        for chunk in stream if _as_sent(response) else response.iter_bytes():
            size += len(chunk)
            _size_checked(response, budget, size)
            chunks.append(chunk)
    finally:  # closed at the end, as ``read()`` closes it
        response.close()
    return _keep(response, chunks)
