"""Server-sent events: one decoding core, iterated by ``Stream`` (sync) and ``AsyncStream`` (async).

``SSECore.feed(line)`` does everything but I/O: the SSE line protocol (comments, multi-line
``data``, ``event``/``id``/``retry`` fields; httpx's line iterator already folds CRLF and CR),
``[DONE]``, error events, JSON decoding and typed construction. The two stream classes only pull
lines from httpx and turn transport failures into ``StreamInterruptedError`` / ``APITimeoutError``.

This module must not know which endpoint it streams: the caller passes the item parser.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._base_client import map_transport_error
from ._exceptions import APIResponseValidationError, StreamInterruptedError, stream_error_from_event

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

    Args:
        parse: turns one decoded JSON data value into an item (e.g. a typed view).
        expect_done: the stream must end with ``data: [DONE]``; an end without it means the
            connection was cut, so ``finish()`` raises ``StreamInterruptedError``.
    """

    __slots__ = ("_data", "_event", "_id", "_retry", "done", "expect_done", "last_event_id", "parse")

    def __init__(self, parse: Callable[[Any], _T], *, expect_done: bool) -> None:
        self.parse = parse
        self.expect_done = expect_done
        self.done = False
        self.last_event_id: str | None = None
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, line: str) -> _T | _Signal:
        """Consume one line (without its terminator); return an item, ``SKIP`` or ``DONE``."""
        if line:
            if line[:6] == "data: ":  # the common case first
                self._data.append(line[6:])
                return SKIP
            if line[0] == ":":  # comment / keep-alive
                return SKIP
            name, _, value = line.partition(":")
            if value[:1] == " ":
                value = value[1:]
            if name == "data":
                self._data.append(value)
            elif name == "event":
                self._event = value
            elif name == "id" and "\0" not in value:
                self._id = value
            elif name == "retry" and value.isdigit():
                self._retry = int(value)
            return SKIP
        # A blank line dispatches the event.
        if not self._data and self._event is None:
            return SKIP
        if self._event is None and self._id is None and len(self._data) == 1:
            data = self._data[0]
            self._data = []
            return self._handle_data(data, None)
        sse = ServerSentEvent("\n".join(self._data), self._event, self._id, self._retry)
        self._data = []
        self._event = None
        if sse.id is not None:
            self.last_event_id = sse.id
        return self.handle(sse)

    def handle(self, sse: ServerSentEvent) -> _T | _Signal:
        """Turn one event into an item, ``SKIP`` (empty data) or ``DONE``; raise on error events."""
        return self._handle_data(sse.data, sse.event)

    def _handle_data(self, data: str, event: str | None) -> _T | _Signal:
        if data == "[DONE]":
            self.done = True
            return DONE
        if not data:
            return SKIP
        try:
            value = json.loads(data)
        except ValueError:
            if event == "error":
                raise stream_error_from_event(data, event) from None
            raise
        if event == "error" or (value.__class__ is dict and "error" in value and len(value) <= 3):
            raise stream_error_from_event(value, event)
        return self.parse(value)

    def finish(self) -> None:
        """Called at the end of the body: flush a last event without trailing blank line."""
        if self.expect_done and not self.done:
            raise StreamInterruptedError("The stream ended before the server sent [DONE].")


def _invalid_json(response: httpx.Response, exc: ValueError) -> APIResponseValidationError:
    return APIResponseValidationError(f"A stream event is not valid JSON: {exc}", response=response)


# The generators are module functions, not methods, so they hold no reference to their Stream:
# when a ``for`` loop over a Stream is left by ``break``, the Stream and its generator are freed at
# once and the generator's ``finally`` closes the connection.


def _iterate(core: SSECore[_T], response: httpx.Response) -> Generator[_T, None, None]:
    try:
        for line in response.iter_lines():
            item = core.feed(line)
            if item is SKIP:
                continue
            if item is DONE:
                return
            yield item  # type: ignore[misc]
        item = core.feed("")
        if item is not SKIP and item is not DONE:
            yield item  # type: ignore[misc]
        core.finish()
    except (httpx.TransportError, httpx.StreamError) as exc:
        raise map_transport_error(exc, response.request, streaming=True) from exc
    except ValueError as exc:
        raise _invalid_json(response, exc) from exc
    finally:
        response.close()


async def _aiterate(core: SSECore[_T], response: httpx.Response) -> AsyncGenerator[_T, None]:
    try:
        async for line in response.aiter_lines():
            item = core.feed(line)
            if item is SKIP:
                continue
            if item is DONE:
                return
            yield item  # type: ignore[misc]
        item = core.feed("")
        if item is not SKIP and item is not DONE:
            yield item  # type: ignore[misc]
        core.finish()
    except (httpx.TransportError, httpx.StreamError) as exc:
        raise map_transport_error(exc, response.request, streaming=True) from exc
    except ValueError as exc:
        raise _invalid_json(response, exc) from exc
    finally:
        await response.aclose()


class Stream(Generic[_T]):
    """A typed iterator over an SSE response; a context manager closing the connection.

    Iterate it once (``for chunk in stream``). Leaving the loop by ``break`` or an exception, or
    leaving the ``with`` block, closes the HTTP connection.
    """

    def __init__(
        self, response: httpx.Response, parse: Callable[[Any], _T], *, expect_done: bool = True
    ) -> None:
        self.response = response
        self._iterator: Generator[_T, None, None] = _iterate(
            SSECore(parse, expect_done=expect_done), response
        )

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return next(self._iterator)

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


class AsyncStream(Generic[_T]):
    """The async twin of ``Stream``: ``async for`` and ``async with``."""

    def __init__(
        self, response: httpx.Response, parse: Callable[[Any], _T], *, expect_done: bool = True
    ) -> None:
        self.response = response
        self._iterator: AsyncGenerator[_T, None] = _aiterate(
            SSECore(parse, expect_done=expect_done), response
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
