"""Release the connection of a response object dropped before its body was read or closed.

A ``BinaryResponse`` or ``Stream`` keeps its HTTP response open until it is read or closed. One
that is dropped unread would hold its pooled connection forever (1,000 dropped responses held
1,000 sockets, and the next request waited for a free one until its timeout). ``release_when_dropped``
attaches a ``weakref.finalize`` to the owner: when the owner is garbage collected with its
response still open, it closes the response and warns with ``ResourceWarning``, as an unclosed
file does. A response that was read to the end or closed is left alone, silently.

An async response cannot be closed synchronously: its ``aclose()`` is scheduled on the event
loop it was created in (when that loop still runs); the warning is issued either way.

This module must not read bodies or decide anything about them.
"""

from __future__ import annotations

import contextlib
import sys
import warnings
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:  # imported when needed: `import venice` must not pay for asyncio
    import asyncio

__all__ = ["release_when_dropped"]

# Tasks closing dropped async responses: the event loop keeps only weak references to tasks.
_closing: set[asyncio.Task[None]] = set()


def release_when_dropped(
    owner: object,
    response: httpx.Response,
    *,
    is_async: bool,
    name: str | None = None,
    started: Callable[[], bool] | None = None,
) -> weakref.finalize[Any, Any]:
    """Close ``response`` with a ``ResourceWarning`` if ``owner`` is collected while it is open.

    Args:
        name: what the user holds, for the warning (default: the owner's class name).
        started: tells whether the owner (a generator) began running: a begun generator closes
            the response itself when collected (a ``for`` loop left by ``break``), no leak.
    """
    loop = _running_loop() if is_async else None
    what = name or type(owner).__name__
    finalizer = weakref.finalize(owner, _release, what, response, is_async, loop, started)
    finalizer.atexit = False  # at interpreter exit the sockets go anyway
    return finalizer


def _running_loop() -> asyncio.AbstractEventLoop | None:
    running = sys.modules.get("asyncio")  # not imported: no asyncio loop can be running
    if running is None:
        return None
    try:
        loop: asyncio.AbstractEventLoop = running.get_running_loop()
    except RuntimeError:  # another async library (trio): only the warning is possible
        return None
    return loop


def _release(
    owner: str,
    response: httpx.Response,
    is_async: bool,
    loop: asyncio.AbstractEventLoop | None,
    started: Callable[[], bool] | None,
) -> None:
    if response.is_closed or (started is not None and started()):
        return
    request = response.request
    warnings.warn(
        f"{owner} of {request.method} {request.url.path} was dropped without being read or closed; "
        "its connection is released now. Read it, or use it in a `with` block.",
        ResourceWarning,
        stacklevel=2,
    )
    if not is_async:
        response.close()
    elif loop is not None and not loop.is_closed():
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(_schedule_aclose, response)


def _schedule_aclose(response: httpx.Response) -> None:
    import asyncio

    task = asyncio.ensure_future(response.aclose())
    _closing.add(task)
    task.add_done_callback(_closing.discard)
