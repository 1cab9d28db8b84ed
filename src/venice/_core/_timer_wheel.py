"""``shared_deadline(seconds)``: ``asyncio.timeout`` for the engine's long deadlines, with one
event-loop timer per second of the loop's clock, shared by every call whose deadline ends in it.

Every async attempt runs under its call's deadline (900 s by default). As an ``asyncio.timeout``,
each one pushed a timer on the loop's heap that was cancelled milliseconds later and stayed there
until the loop swept its cancelled timers (``bench/timer_cost.py`` compares the two).

Here a deadline ends at the next whole second after it (as aiohttp rounds its own timeouts over
5 s) and the call joins that second's set; the set's one timer cancels the calls still in it when
the second comes. Leaving the block takes the call out of its set: nothing is cancelled, nothing
piles up. A deadline within ``PRECISE`` seconds keeps ``asyncio.timeout``'s precision.

Cancellation is ``asyncio.timeout``'s: the block's task is cancelled; when the block ends in the
``CancelledError`` of that cancellation (no other was requested since: ``Task.uncancel``), it
becomes ``TimeoutError``.
"""

from __future__ import annotations

import math
import sys
import weakref
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

__all__ = ["PRECISE", "shared_deadline"]

PRECISE = 5.0  # seconds: a deadline this close is not rounded


class _Seconds:
    """One loop's pending seconds: the calls whose deadlines end in each, and its one timer."""

    __slots__ = ("__weakref__", "pending")

    def __init__(self) -> None:
        self.pending: dict[int, set[_SharedDeadline]] = {}

    def join(
        self, call: _SharedDeadline, loop: asyncio.AbstractEventLoop, second: int
    ) -> set[_SharedDeadline]:
        calls = self.pending.get(second)
        if calls is None:
            calls = self.pending[second] = set()
            loop.call_at(second, self._end, second)
        calls.add(call)
        return calls

    def _end(self, second: int) -> None:
        for call in self.pending.pop(second, ()):
            call.expire()


# Keyed weakly by the loop, which ``_Seconds`` does not refer to: a closed loop's entry goes with it.
_BY_LOOP: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Seconds] = weakref.WeakKeyDictionary()


class _SharedDeadline:
    __slots__ = ("_calls", "_cancelling", "_expired", "_seconds", "_task")

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._expired = False

    async def __aenter__(self) -> None:
        task = _asyncio().current_task()
        if task is None:
            raise RuntimeError("shared_deadline() must be used inside a task")
        loop = task.get_loop()
        self._task = task
        self._cancelling = task.cancelling()
        seconds = _BY_LOOP.get(loop)
        if seconds is None:
            seconds = _BY_LOOP[loop] = _Seconds()
        self._calls = seconds.join(self, loop, math.ceil(loop.time() + self._seconds))

    def expire(self) -> None:
        self._expired = True
        self._task.cancel()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._calls.discard(self)
        cancelled = exc_type is _asyncio().CancelledError
        if self._expired and self._task.uncancel() <= self._cancelling and cancelled:
            raise TimeoutError from exc


def shared_deadline(seconds: float | None) -> AbstractAsyncContextManager[Any]:
    """``async with shared_deadline(s):`` cancels its block after ``s`` seconds (rounded up to the
    loop clock's next whole second beyond ``PRECISE``), raising ``TimeoutError``; ``None``: never."""
    if seconds is None or seconds <= PRECISE:
        return _asyncio().timeout(seconds)  # type: ignore[no-any-return]
    return _SharedDeadline(seconds)


def _asyncio() -> Any:
    """The asyncio module, imported by whoever runs its event loop: these run inside one, and
    ``import venice`` does not import it (about 11 ms)."""
    return sys.modules["asyncio"]
