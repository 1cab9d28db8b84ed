"""``RateLimiter`` and the httpx transports that put it in front of any ``Venice`` client.

A limiter asks its store (``_stores.py``) to apply the policy (``_policy.py``) with the current
time: ``acquire`` waits until a request may start, ``observe`` accounts for its answer. The
transports call both around every attempt the client makes, retries included, so a client built
with ``http_client=httpx.AsyncClient(transport=AsyncRateLimitedTransport(limiter))`` stays under
the key's limits without any change to the client. Only the sleeping differs between the blocking
and the asyncio paths.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import itertools
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from venice.ratelimit._policy import LimitConfig, LimitState, observe, release, try_acquire
from venice.ratelimit._stores import MemoryStore, RedisStore, Store

__all__ = [
    "AsyncRateLimitedTransport",
    "LimiterSnapshot",
    "LimiterStats",
    "RateLimitedTransport",
    "RateLimiter",
    "key_digest",
]


def key_digest(api_key: str) -> str:
    """A name for an API key's shared state that does not reveal the key (16 hex digits of sha256)."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


@dataclass
class LimiterStats:
    """What this process's limiter saw (not shared between processes)."""

    started: int = 0
    answered: int = 0
    failed: int = 0
    rate_limited: int = 0  # 429 answers
    waited_seconds: float = 0.0  # time the next start waited for the limits


@dataclass(frozen=True)
class LimiterSnapshot:
    """What a limiter holds at one moment (``RateLimiter.snapshot()``), for monitoring a long run:
    every count here is bounded by the requests in flight and the failure window, so one that grows
    with the run's length is a leak."""

    waiting: int  # acquire calls of this process waiting for a start
    in_flight: int  # starts not answered yet (of every process sharing the store)
    recent_failures: int  # failed answers remembered for the failure window
    queued_answers: int  # answers of this process waiting for the next store update (asyncio)
    allowance: float | None  # starts left before the reset, as estimated; None: unknown
    reset_in: float | None  # seconds until the request window resets; None: unknown
    locked_for: float  # seconds starts stay stopped by a lockout; 0: none


class RateLimiter:
    """Keeps requests under a key's limits, from the limits Venice reports on each response.

    Args:
        store: where the state lives; ``MemoryStore()`` (the default) for this process,
            ``RedisStore(url, key=...)`` to share one limit between processes and machines
            (see ``RateLimiter.shared``).
        config: the policy's tuning (``LimitConfig``): failure lockout threshold and window,
            pacing, margins.
        clock: seconds since the epoch (Venice's reset header is a Unix timestamp).
    """

    def __init__(
        self,
        store: Store | None = None,
        *,
        config: LimitConfig | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store: Store = store if store is not None else MemoryStore()
        self.config = config or LimitConfig()
        self.stats = LimiterStats()
        self._clock = clock
        self._tickets = (f"{os.getpid()}-{id(self):x}-{n}" for n in itertools.count())
        # One waiter per process asks the store at a time (the others queue here, in order), so
        # that many workers do not all wake at the same instant to race for one start.
        self._gate = threading.Lock()
        self._async_gate: asyncio.Lock | None = None
        # Answers waiting to be applied, in one store update for all (see ``aobserve``).
        self._answers: list[tuple[str, int, Mapping[str, str], float]] = []
        self._applying = False
        self._waiting = 0  # acquire calls not yet granted (``snapshot``)
        self._waiting_lock = threading.Lock()

    @classmethod
    def shared(cls, redis_url: str, *, api_key: str, config: LimitConfig | None = None) -> RateLimiter:
        """A limiter sharing its state through Redis with every process using the same key."""
        store = RedisStore(redis_url, key=f"venice:ratelimit:{key_digest(api_key)}")
        return cls(store, config=config)

    def _attempt(self, ticket: str) -> Callable[[LimitState], float]:
        return functools.partial(self._try, ticket)

    def _try(self, ticket: str, state: LimitState) -> float:
        return try_acquire(state, ticket, now=self._clock(), config=self.config)

    def _observe(self, answers: list[tuple[str, int, Mapping[str, str], float]], state: LimitState) -> None:
        for ticket, status_code, headers, now in answers:
            observe(state, ticket, status_code, headers, now=now, config=self.config)

    def _count(self, status_code: int) -> None:
        self.stats.answered += 1
        self.stats.failed += status_code >= 400
        self.stats.rate_limited += status_code == 429

    def acquire(self) -> str:
        """Block until a request may start; returns its ticket (for ``observe`` / ``release``)."""
        ticket = next(self._tickets)
        self._count_waiting(+1)
        try:
            with self._gate:
                while (wait := self.store.update(self._attempt(ticket))) > 0:
                    self.stats.waited_seconds += wait
                    time.sleep(wait)
        finally:
            self._count_waiting(-1)
        self.stats.started += 1
        return ticket

    async def aacquire(self) -> str:
        """``acquire`` for asyncio."""
        ticket = next(self._tickets)
        if self._async_gate is None:
            self._async_gate = asyncio.Lock()
        self._count_waiting(+1)
        try:
            async with self._async_gate:
                while (wait := await self.store.aupdate(self._attempt(ticket))) > 0:
                    self.stats.waited_seconds += wait
                    await asyncio.sleep(wait)
        finally:
            self._count_waiting(-1)
        self.stats.started += 1
        return ticket

    def _count_waiting(self, change: int) -> None:
        with self._waiting_lock:  # the blocking path waits in several threads
            self._waiting += change

    def snapshot(self) -> LimiterSnapshot:
        """What the limiter holds now (one store update that changes nothing: with ``RedisStore``,
        a round trip)."""
        now = self._clock()

        def read(state: LimitState) -> LimiterSnapshot:
            return LimiterSnapshot(
                waiting=self._waiting,
                in_flight=len(state.in_flight),
                recent_failures=len(state.failures),
                queued_answers=len(self._answers),
                allowance=state.allowance,
                reset_in=None if state.reset_at is None else state.reset_at - now,
                locked_for=max(state.locked_until - now, 0.0),
            )

        return self.store.update(read)

    def observe(self, ticket: str, status_code: int, headers: Mapping[str, str]) -> None:
        """Account for the answer to ``ticket`` (status and rate-limit headers)."""
        self._count(status_code)
        answer = (ticket, status_code, headers, self._clock())
        self.store.update(functools.partial(self._observe, [answer]))

    async def aobserve(self, ticket: str, status_code: int, headers: Mapping[str, str]) -> None:
        """``observe`` for asyncio. Answers that arrive while an update is in progress are applied
        together by the next one: one writer of answers per process instead of one per request."""
        self._count(status_code)
        self._answers.append((ticket, status_code, headers, self._clock()))
        if self._applying:
            return
        self._applying = True
        try:
            while self._answers:
                answers, self._answers = self._answers, []
                await self.store.aupdate(functools.partial(self._observe, answers))
        finally:
            self._applying = False

    def release(self, ticket: str) -> None:
        """Give back a start whose request never reached the server."""
        self.store.update(functools.partial(_release, ticket))

    async def arelease(self, ticket: str) -> None:
        await self.store.aupdate(functools.partial(_release, ticket))


def _release(ticket: str, state: LimitState) -> None:
    release(state, ticket)


class RateLimitedTransport(httpx.BaseTransport):
    """An httpx transport that waits for ``limiter`` before each request and reports each answer.

    ``transport`` is the one that sends (default: the client's default pool).
    """

    def __init__(self, limiter: RateLimiter, transport: httpx.BaseTransport | None = None) -> None:
        from venice._transports._pool import PoolTransport

        self.limiter = limiter
        self._transport = transport if transport is not None else PoolTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        ticket = self.limiter.acquire()
        try:
            response = self._transport.handle_request(request)
        except BaseException:
            self.limiter.release(ticket)
            raise
        self.limiter.observe(ticket, response.status_code, response.headers)
        return response

    def close(self) -> None:
        self._transport.close()


class AsyncRateLimitedTransport(httpx.AsyncBaseTransport):
    """``RateLimitedTransport`` for ``httpx.AsyncClient`` / ``AsyncVenice``."""

    def __init__(self, limiter: RateLimiter, transport: httpx.AsyncBaseTransport | None = None) -> None:
        from venice._transports._pool import AsyncPoolTransport

        self.limiter = limiter
        self._transport = transport if transport is not None else AsyncPoolTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        ticket = await self.limiter.aacquire()
        try:
            response = await self._transport.handle_async_request(request)
        except BaseException:
            await self.limiter.arelease(ticket)
            raise
        await self.limiter.aobserve(ticket, response.status_code, response.headers)
        return response

    async def aclose(self) -> None:
        await self._transport.aclose()
