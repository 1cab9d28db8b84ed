"""Server-sent events: one decoding core, iterated by ``Stream`` (sync) and ``AsyncStream`` (async).

``SSECore.decode(text)`` does everything but I/O: line splitting (CR, LF, CRLF), the SSE field
protocol (comments, multi-line ``data``, ``event``; ``id`` and ``retry`` are read past, as a
stream is never resumed), ``[DONE]``, error events, JSON decoding and typed construction. The
two stream classes only pull decoded text from httpx and turn transport failures into
``StreamInterruptedError`` / ``APITimeoutError``.

Hostile streams: one line or event longer than ``max_event_size`` characters raises
``ResponseTooLargeError`` (checked once per piece of the body, so memory stays within the cap plus
one piece), and a stream under a call's ``Budget`` restarts its idle clock at each item only
(keep-alive comments and partial lines do not): ``StreamIdleTimeoutError`` when it runs out.

``AsyncStream`` is written by hand; ``Stream``, at the end of the file, is written from it by
``scripts/unasync.py`` (``make lint`` checks they agree).

This module must not know which endpoint it streams: the caller passes the item parser.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, NoReturn, TypeVar

import httpx

from venice import _constants as C
from venice._core._deadline import Budget, budget_of
from venice._core._json import loads
from venice._errors._exceptions import (
    APIResponseValidationError,
    ResponseTooLargeError,
    StreamInterruptedError,
)
from venice._errors._from_http import reading, stream_error_from_event
from venice._results._leaks import release_when_dropped

__all__ = ["AsyncStream", "ServerSentEvent", "Stream"]

_T = TypeVar("_T")


class ServerSentEvent:
    """One dispatched event: ``event`` (default ``"message"``), ``data``, ``id``, ``retry``."""

    __slots__ = ("data", "event", "id", "retry")

    def __init__(
        self, data: str, event: str | None = None, id: str | None = None, retry: int | None = None
    ) -> None:
        self.data = data
        self.event = event or "message"
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        return json.loads(self.data)

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"
        )


class _Signal:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


SKIP = _Signal("skip")  # a line that did not complete an item
DONE = _Signal("done")  # "data: [DONE]": the stream is complete


class SSECore(Generic[_T]):
    """Incremental SSE decoder plus item construction, shared by both stream classes.

    ``decode(text)`` takes the body as it arrives, in pieces of any size, and returns the items
    the piece completed. Lines end at CR, LF or CRLF only, as the SSE specification says: other
    characters ``str.splitlines`` would break at (U+2028, U+0085, form feed, ...) may appear raw
    inside JSON strings.

    Args:
        parse: turns one decoded JSON data value into an item (e.g. a typed view).
        expect_done: the stream must end with ``data: [DONE]``; an end without it means the
            connection was cut, so ``finish()`` raises ``StreamInterruptedError``.
        max_size: the longest line, and the most data an event may hold, in characters (checked
            after each piece); ``ResponseTooLargeError`` beyond it. ``None``: no cap.
    """

    __slots__ = (
        "_counted",
        "_data",
        "_data_size",
        "_event",
        "_limit",
        "_partial",
        "_partial_size",
        "_skip_lf",
        "done",
        "emitted",
        "expect_done",
        "max_size",
        "parse",
    )

    def __init__(
        self, parse: Callable[[Any], _T], *, expect_done: bool, max_size: int | None = C.MAX_EVENT_SIZE
    ) -> None:
        self.parse = parse
        self.expect_done = expect_done
        self.max_size = max_size
        self._limit = sys.maxsize if max_size is None else max_size
        self.done = False
        self.emitted = False  # an item was produced since the reader last cleared it
        self._data: list[str] = []
        self._event: str | None = None
        self._partial: list[str] = []  # an unterminated line, in pieces
        self._partial_size = 0
        self._data_size = 0  # characters of the event's data lines counted so far
        self._counted = 0  # how many of its data lines they are
        self._skip_lf = False  # the last piece ended with CR: a LF starting the next is its pair

    def decode(self, text: str) -> Iterator[_T]:
        """Consume the next piece of the body; iterate over the items it completes, in order.

        A generator, so that an error event is raised only after the items before it. After
        ``data: [DONE]`` it sets ``done`` and ignores the rest of the piece.
        """
        if self._skip_lf:
            self._skip_lf = False
            if text[:1] == "\n":
                text = text[1:]
        if "\r" in text:
            self._skip_lf = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\n" not in text:
            if text:
                self._partial.append(text)
                self._partial_size += len(text)
                if self._partial_size > self._limit:
                    self._too_large()
            return
        lines = text.split("\n")
        if self._partial:
            self._partial.append(lines[0])
            lines[0] = "".join(self._partial)
            self._partial = []
        last = lines.pop()
        self._partial_size = len(last)
        if last:
            self._partial.append(last)
        data = self._data
        for line in lines:
            if line:
                if line[:6] == "data: ":  # the common case first
                    data.append(line[6:])
                else:
                    self._field(line)
                continue
            # A blank line dispatches the event.
            if not data:
                if self._event is None:
                    continue
                payload = ""
            elif len(data) == 1:
                payload = data[0]
            else:
                payload = "\n".join(data)
            data.clear()
            self._data_size = self._counted = 0
            event = self._event
            self._event = None
            item = self._handle_data(payload, event)
            if item is DONE:
                return
            if item is not SKIP:
                self.emitted = True
                yield item  # type: ignore[misc]
        if data:  # an event continues into the next piece: count what it holds
            self._data_size += sum(map(len, data[self._counted :]))
            self._counted = len(data)
            if self._data_size > self._limit:
                self._too_large()
        if self._partial_size > self._limit:
            self._too_large()

    def _too_large(self) -> NoReturn:
        self._partial, self._data = [], []  # let the memory go before the error travels
        raise ResponseTooLargeError(
            f"An SSE line or event is longer than max_event_size={self._limit} characters; "
            "no event of this API is that large, so the stream was stopped.",
            limit=self._limit,
        )

    def _field(self, line: str) -> None:
        if line[0] == ":":  # comment / keep-alive
            return
        name, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value

    def _handle_data(self, data: str, event: str | None) -> _T | _Signal:
        if data == "[DONE]":
            self.done = True
            return DONE
        if not data:
            return SKIP
        try:
            value = loads(data)
        except ValueError:
            if event == "error":
                raise stream_error_from_event(data, event) from None
            raise
        if event == "error" or (value.__class__ is dict and "error" in value and len(value) <= 3):
            raise stream_error_from_event(value, event)
        return self.parse(value)

    def finish(self) -> Iterator[_T]:
        """Called at the end of the body: the items of a last event without its blank line;
        raises ``StreamInterruptedError`` if ``[DONE]`` was expected and never came."""
        if not self.done:
            yield from self.decode("\n\n")
        if self.expect_done and not self.done:
            raise StreamInterruptedError("The stream ended before the server sent [DONE].")


def _invalid_json(response: httpx.Response, exc: ValueError) -> APIResponseValidationError:
    return APIResponseValidationError(f"A stream event is not valid JSON: {exc}", response=response)


# ---- async source: scripts/unasync.py writes the sync code at the end of the file from it


# The generator is a module function, not a method, so it holds no reference to its stream: when
# a loop (``async for chunk in stream``) is left by ``break`` and nothing else refers to the
# stream, the stream object and its generator are freed at once, and closing the freed generator
# runs its ``finally``, which closes the connection.


async def _aiterate(
    core: SSECore[_T], response: httpx.Response, begun: list[bool]
) -> AsyncGenerator[_T, None]:
    begun[0] = True
    watch = budget_of(response) or Budget(None, None)
    watch.idle_on = True  # the byte stream now counts the time waiting for the next item
    try:
        with reading(response):
            try:
                async for text in response.aiter_text():
                    for item in core.decode(text):
                        yield item
                    if core.emitted:  # an event arrived: the idle clock restarts
                        core.emitted = False
                        watch.idle_spent = 0.0
                    if core.done:
                        return
                for item in core.finish():
                    yield item
            except ValueError as exc:
                raise _invalid_json(response, exc) from exc
    finally:
        await response.aclose()


class AsyncStream(Generic[_T]):
    """A typed iterator over an SSE response; a context manager closing the connection.

    Iterate it once (``async for chunk in stream``). Leaving the ``async with`` block closes the HTTP
    connection, and so does leaving the loop by ``break`` or an exception once nothing refers to
    the stream any more. A stream dropped before it was iterated or closed is closed when
    collected, with a ``ResourceWarning``.
    """

    def __init__(
        self, response: httpx.Response, parse: Callable[[Any], _T], *, expect_done: bool = True
    ) -> None:
        self.response = response
        begun = [False]
        budget = budget_of(response)
        max_size = C.MAX_EVENT_SIZE if budget is None else budget.max_event
        self._iterator: AsyncGenerator[_T, None] = _aiterate(
            SSECore(parse, expect_done=expect_done, max_size=max_size), response, begun
        )
        # Watch the generator, not this object: ``async for chunk in stream`` keeps only the generator.
        release_when_dropped(
            self._iterator, response, is_async=True, name="AsyncStream", started=lambda: begun[0]
        )

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> AsyncStream[_T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the HTTP connection (idempotent)."""
        await self._iterator.aclose()
        await self.response.aclose()


# ---- sync code written by scripts/unasync.py from the async source above: do not edit


# The generator is a module function, not a method, so it holds no reference to its stream: when
# a loop (``for chunk in stream``) is left by ``break`` and nothing else refers to the
# stream, the stream object and its generator are freed at once, and closing the freed generator
# runs its ``finally``, which closes the connection.


def _iterate(core: SSECore[_T], response: httpx.Response, begun: list[bool]) -> Generator[_T, None, None]:
    begun[0] = True
    watch = budget_of(response) or Budget(None, None)
    watch.idle_on = True  # the byte stream now counts the time waiting for the next item
    try:
        with reading(response):
            try:
                for text in response.iter_text():
                    yield from core.decode(text)
                    if core.emitted:  # an event arrived: the idle clock restarts
                        core.emitted = False
                        watch.idle_spent = 0.0
                    if core.done:
                        return
                yield from core.finish()
            except ValueError as exc:
                raise _invalid_json(response, exc) from exc
    finally:
        response.close()


class Stream(Generic[_T]):
    """A typed iterator over an SSE response; a context manager closing the connection.

    Iterate it once (``for chunk in stream``). Leaving the ``with`` block closes the HTTP
    connection, and so does leaving the loop by ``break`` or an exception once nothing refers to
    the stream any more. A stream dropped before it was iterated or closed is closed when
    collected, with a ``ResourceWarning``.
    """

    def __init__(
        self, response: httpx.Response, parse: Callable[[Any], _T], *, expect_done: bool = True
    ) -> None:
        self.response = response
        begun = [False]
        budget = budget_of(response)
        max_size = C.MAX_EVENT_SIZE if budget is None else budget.max_event
        self._iterator: Generator[_T, None, None] = _iterate(
            SSECore(parse, expect_done=expect_done, max_size=max_size), response, begun
        )
        # Watch the generator, not this object: ``for chunk in stream`` keeps only the generator.
        release_when_dropped(
            self._iterator, response, is_async=False, name="Stream", started=lambda: begun[0]
        )

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __enter__(self) -> Stream[_T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP connection (idempotent)."""
        self._iterator.close()
        self.response.close()
