"""Reading a stream of typed events: ``for event in stream``, ``text_stream`` and ``until_done()``,
written once for the chat stream (``chat.completions.stream``) and the tool run
(``chat.completions.stream_tools``), sync and async. A subclass sets ``_events``, the generator of
its events; everything that reads it goes on from where the last read stopped."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import Any, Generic, Self, TypeVar

from venice.lib._chat_stream_state import text_delta

__all__ = ["AsyncEventIteration", "EventIteration"]

_E = TypeVar("_E")


class EventIteration(Generic[_E]):
    _events: Generator[_E, None, None]

    def __iter__(self) -> Iterator[_E]:
        return self._events

    def __next__(self) -> _E:
        return next(self._events)

    @property
    def text_stream(self) -> Iterator[str]:
        """The text of the answer alone, delta by delta (the first choice's ``content.delta``; in a
        tool run, every round's)."""
        return (text for event in self._events if (text := text_delta(event)) is not None)

    def until_done(self) -> Self:
        """Read the rest of the stream."""
        for _ in self._events:
            pass
        return self


class AsyncEventIteration(Generic[_E]):
    _events: AsyncGenerator[_E, Any]

    def __aiter__(self) -> AsyncIterator[_E]:
        return self._events

    async def __anext__(self) -> _E:
        return await anext(self._events)

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """``EventIteration.text_stream``, awaited."""
        return (text async for event in self._events if (text := text_delta(event)) is not None)

    async def until_done(self) -> Self:
        """Read the rest of the stream."""
        async for _ in self._events:
            pass
        return self
