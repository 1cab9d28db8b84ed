"""Waiting for a queued generation (``video.wait``, ``audio.music.wait``): the policy once, the I/O twice.

``_steps`` is the whole policy as a generator that does no I/O: it asks for a retrieve, decides
from the answer whether the job is done, asks for a progress report and a sleep, and gives up with
``APITimeoutError`` after ``max_wait``. ``apoll`` (``async``) only performs what it asks for, and
``poll``, its blocking twin, is written from it by ``scripts/unasync.py``. A job is done when
``retrieve`` answers with the media itself (a binary response), which is returned; a ``COMPLETED``
status answered as JSON instead of the media raises ``APIResponseValidationError``; any other
status, known or newer than the spec, means "still working" and is passed to ``on_progress``.

This module must not know which endpoint it polls: the resource passes its ``retrieve``.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any

from venice._errors._exceptions import APIResponseValidationError, APITimeoutError
from venice._results._response import AsyncBinaryResponse, BinaryResponse

__all__ = ["DEFAULT_POLL_INTERVAL", "apoll", "poll"]

DEFAULT_POLL_INTERVAL = 5.0


# The loop's steps: plain classes, not dataclasses (`import venice` builds no dataclass code).
class _Retrieve:
    __slots__ = ()


class _Progress:
    __slots__ = ("status",)

    def __init__(self, status: Any) -> None:
        self.status = status


class _Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


_Step = _Retrieve | _Progress | _Sleep
# What ``on_progress`` may be: a blocking client's is a plain callable, an async client's may be async.
Progress = Callable[[Any], object]
AsyncProgress = Callable[[Any], object | Awaitable[object]]


def _report(on_progress: Progress, status: Any) -> None:
    on_progress(status)


async def _areport(on_progress: AsyncProgress, status: Any) -> None:
    outcome = on_progress(status)
    if inspect.isawaitable(outcome):
        await outcome


def _steps(job: str, poll_interval: float, max_wait: float | None) -> Generator[_Step, Any, Any]:
    started = time.monotonic()
    while True:
        result = yield _Retrieve()
        if isinstance(result, (BinaryResponse, AsyncBinaryResponse)):
            return result
        if getattr(result, "status", None) == "COMPLETED":
            raise APIResponseValidationError(
                f"{job} is COMPLETED, but the API answered with JSON instead of the media: {result!r:.200}"
            )
        yield _Progress(result)
        if max_wait is not None and time.monotonic() - started + poll_interval > max_wait:
            raise APITimeoutError(f"{job} was not ready after {max_wait} s.")
        yield _Sleep(poll_interval)


# ---- async source: scripts/unasync.py writes the sync code at the end of the file from it


async def apoll(
    retrieve: Callable[[], Awaitable[Any]],
    *,
    job: str,
    poll_interval: float,
    max_wait: float | None,
    on_progress: AsyncProgress | None,
    sleep: Callable[[float], Awaitable[None]],
) -> Any:
    """Call ``retrieve`` until the job is done and return its last answer."""
    steps = _steps(job, poll_interval, max_wait)
    reply: Any = None
    try:
        while True:
            step = steps.send(reply)
            reply = None
            if isinstance(step, _Retrieve):
                reply = await retrieve()
            elif isinstance(step, _Progress):
                if on_progress is not None:
                    await _areport(on_progress, step.status)
            else:
                await sleep(step.seconds)
    except StopIteration as finished:
        return finished.value


# ---- sync code written by scripts/unasync.py from the async source above: do not edit


def poll(
    retrieve: Callable[[], Any],
    *,
    job: str,
    poll_interval: float,
    max_wait: float | None,
    on_progress: Progress | None,
    sleep: Callable[[float], None],
) -> Any:
    """Call ``retrieve`` until the job is done and return its last answer."""
    steps = _steps(job, poll_interval, max_wait)
    reply: Any = None
    try:
        while True:
            step = steps.send(reply)
            reply = None
            if isinstance(step, _Retrieve):
                reply = retrieve()
            elif isinstance(step, _Progress):
                if on_progress is not None:
                    _report(on_progress, step.status)
            else:
                sleep(step.seconds)
    except StopIteration as finished:
        return finished.value
