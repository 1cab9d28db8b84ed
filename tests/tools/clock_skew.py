"""A client behind the limiter against a loopback Venice whose clock is off: what it sleeps, what 429s.

Shared by ``tests/tools/test_ratelimit.py`` and ``bench/clock_skew.py`` (issue 16, item 4). The server
enforces ``limit`` requests per ``window`` seconds, and its ``Date`` header, reset timestamps and
windows run ``offset`` seconds off this machine's clock. Every wait the limiter decides is recorded;
one longer than ``cap`` stops the run (it is reported, not slept).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import httpx
from loopback import API_KEY, LoopbackVenice

import venice
from venice.ratelimit import LimitState, MemoryStore, RateLimitedTransport, RateLimiter

_T = TypeVar("_T")


class WaitTooLong(Exception):
    pass


class RecordingStore(MemoryStore):
    """A ``MemoryStore`` that records every wait the policy hands the limiter."""

    def __init__(self, cap: float) -> None:
        super().__init__()
        self.cap, self.waits = cap, list[float]()

    def update(self, change: Callable[[LimitState], _T]) -> _T:
        result = super().update(change)
        if isinstance(result, float) and result > 0:
            self.waits.append(result)
            if result > self.cap:
                raise WaitTooLong(result)
        return result


@dataclass
class SkewRun:
    offset: float
    requests: int
    succeeded: int = 0
    errors: list[str] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)
    stopped_by_wait: float | None = None  # a wait longer than the cap, not slept
    server_429: int = 0
    elapsed: float = 0.0

    def summary(self) -> dict[str, object]:
        return {
            "server clock offset (s)": self.offset,
            "requests": self.requests,
            "succeeded": self.succeeded,
            "429s the server sent": self.server_429,
            "errors raised": len(self.errors),
            "limiter sleeps": len(self.waits),
            "longest sleep (s)": round(max(self.waits, default=0.0), 2),
            "total sleep (s)": round(sum(self.waits), 2),
            "stopped by a sleep of (s)": None
            if self.stopped_by_wait is None
            else round(self.stopped_by_wait),
            "elapsed (s)": round(self.elapsed, 2),
        }


def run(
    offset: float, *, requests: int = 15, limit: int = 5, window: float = 2.0, cap: float = 30.0
) -> SkewRun:
    """Send ``requests`` chat calls one after another through a limited sync client."""
    result = SkewRun(offset, requests)
    store = RecordingStore(cap)
    start = time.monotonic()
    with LoopbackVenice(limit=limit, window=window, clock_offset=offset) as server:
        http = httpx.Client(transport=RateLimitedTransport(RateLimiter(store)))
        with venice.Venice(api_key=API_KEY, base_url=server.base_url, http_client=http) as client:
            for n in range(requests):
                try:
                    client.chat.completions.create(model="m", messages=[{"role": "user", "content": f"{n}"}])
                    result.succeeded += 1
                except WaitTooLong as exc:
                    result.stopped_by_wait = float(exc.args[0])
                    break
                except venice.APIError as exc:
                    result.errors.append(type(exc).__name__)
        http.close()
        result.server_429 = server.stats.by_status.get(429, 0)
    result.waits = [w for w in store.waits if w <= cap]
    result.elapsed = time.monotonic() - start
    return result
