"""``venice.Timeout``: httpx's per-operation timeouts plus two limits of the whole call, and how a
``timeout=`` option becomes the limits a call runs under (``resolve_timeout``, ``limits_of``).

What enforces ``total`` and ``idle`` is ``venice._core._deadline``; this module only says what
they are.
"""

from __future__ import annotations

from typing import Any

import httpx

from venice import _constants as C
from venice._types import NOT_GIVEN, NotGiven, TimeoutTypes

__all__ = ["Timeout", "limits_of", "resolve_timeout"]


class Timeout(httpx.Timeout):
    """An ``httpx.Timeout`` with two limits of the whole call: ``total`` and ``idle``.

    Accepted wherever ``timeout=`` is (``Venice(...)``, ``with_options``, every method).

    Args:
        timeout: seconds for each of connect, read, write and pool unless given below.
        connect / read / write / pool: httpx's per-operation timeouts.
        total: seconds for the whole call: every attempt, the waits between retries, and reading
            the body to its end (a stream or a download included); ``None`` for no limit. Defaults
            to ``timeout``; without one, to ``DEFAULT_TOTAL_TIMEOUT`` (900 s).
        idle: the longest wait for the next event of an SSE stream, keep-alive comments not
            counting; ``None`` for no limit. Default ``DEFAULT_STREAM_IDLE_TIMEOUT`` (300 s).

    Raises (when the limit passes): ``TotalTimeoutError`` / ``StreamIdleTimeoutError``, both
    ``APITimeoutError``.
    """

    def __init__(
        self,
        timeout: float | NotGiven | None = NOT_GIVEN,
        *,
        connect: float | NotGiven | None = NOT_GIVEN,
        read: float | NotGiven | None = NOT_GIVEN,
        write: float | NotGiven | None = NOT_GIVEN,
        pool: float | NotGiven | None = NOT_GIVEN,
        total: float | NotGiven | None = NOT_GIVEN,
        idle: float | None = C.DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        phases = {"connect": connect, "read": read, "write": write, "pool": pool}
        given = {name: value for name, value in phases.items() if not isinstance(value, NotGiven)}
        if isinstance(timeout, NotGiven):
            default = C.DEFAULT_TIMEOUT
            given = {name: given.get(name, getattr(default, name)) for name in phases}
            super().__init__(**given)
        else:
            super().__init__(timeout, **given)
        if isinstance(total, NotGiven):
            total = C.DEFAULT_TOTAL_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        for name, value in (("total", total), ("idle", idle)):
            if value is not None and value <= 0:
                raise ValueError(f"Timeout({name}=...) must be > 0 seconds or None")
        self.total = total
        self.idle = idle

    def __eq__(self, other: Any) -> bool:
        return super().__eq__(other) and (self.total, self.idle) == (
            getattr(other, "total", None),
            getattr(other, "idle", None),
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, like httpx.Timeout

    def __repr__(self) -> str:
        return (
            f"Timeout(connect={self.connect}, read={self.read}, write={self.write}, pool={self.pool}, "
            f"total={self.total}, idle={self.idle})"
        )


def limits_of(timeout: TimeoutTypes) -> tuple[float | None, float | None]:
    """``(total, idle)`` for a resolved ``timeout=`` value: a ``Timeout``'s own; a number's
    ``total`` is the number; ``None`` disables both; a plain ``httpx.Timeout`` gets the defaults."""
    if isinstance(timeout, Timeout):
        return timeout.total, timeout.idle
    if timeout is None:
        return None, None
    if isinstance(timeout, httpx.Timeout):
        return C.DEFAULT_TOTAL_TIMEOUT, C.DEFAULT_STREAM_IDLE_TIMEOUT
    return float(timeout), C.DEFAULT_STREAM_IDLE_TIMEOUT


def resolve_timeout(value: TimeoutTypes | NotGiven) -> httpx.Timeout | None:
    """The ``httpx.Timeout`` for a ``timeout=`` option: the default when not given; for a number,
    that many seconds for every phase and for the whole call (``total``), except waiting for a
    pooled connection, which never waits longer than ``DEFAULT_POOL_TIMEOUT`` (pass an
    ``httpx.Timeout`` or ``venice.Timeout`` to choose every limit)."""
    if isinstance(value, NotGiven):
        return C.DEFAULT_TIMEOUT
    if value is None or isinstance(value, httpx.Timeout):
        return value
    return Timeout(value, pool=min(value, C.DEFAULT_POOL_TIMEOUT), total=value)
