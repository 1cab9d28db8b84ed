"""Where a limiter keeps its ``LimitState``: in this process, or in Redis for several processes.

A store runs a function over the state atomically (``update`` blocking, ``aupdate`` for asyncio)
and returns its result. ``MemoryStore`` holds a lock for the few microseconds a decision takes.
``RedisStore`` keeps the state as one JSON value and writes it back with a compare-and-set script,
computed from the value it last saw and retried from the value the script returns when another
process changed it in between: one round trip per update without contention, and every process
sees every start and every answer. Nothing here decides anything: the policy is ``_policy.py``.
The key is named by the caller (``RateLimiter`` uses a digest of the API key, never the key itself).

Redis going away (killed, restarting, a network stall past ``timeout``) never fails an update:
the store logs a warning on the ``venice.ratelimit`` logger and carries on from the last state it
saw, in this process only, asking Redis again every ``retry_interval`` seconds; once Redis answers,
it shares the state Redis holds again (an empty one after a restart: the limits are learnt anew).
While apart, the processes sharing the key no longer see each other's requests, so together they
may exceed the key's limits; each still reacts to the 429s and the lockout it meets.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar
from urllib.parse import urlsplit

from venice.ratelimit._policy import LimitState

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["MemoryStore", "RedisStore", "Store"]

_T = TypeVar("_T")
_log = logging.getLogger("venice.ratelimit")

# Set the new state only if the stored one is still the one the change was computed from ("" =
# absent); otherwise hand back the stored one, so that a retry needs no separate read.
_COMPARE_AND_SET = """
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then return {0, current} end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return {1, ''}
"""


class Store(Protocol):
    def update(self, change: Callable[[LimitState], _T]) -> _T: ...

    async def aupdate(self, change: Callable[[LimitState], _T]) -> _T: ...


class MemoryStore:
    """The state of one process (threads and event loops alike)."""

    def __init__(self) -> None:
        self._state = LimitState()
        self._lock = threading.Lock()

    def update(self, change: Callable[[LimitState], _T]) -> _T:
        with self._lock:
            return change(self._state)

    async def aupdate(self, change: Callable[[LimitState], _T]) -> _T:
        return self.update(change)  # never blocks: the lock is held only for a decision

    @property
    def state(self) -> LimitState:
        return self._state


class RedisStore:
    """The state shared through Redis under ``key`` (``redis://`` URL or ready clients).

    Args:
        url: where Redis listens, e.g. ``redis://127.0.0.1:6379/0``.
        key: the Redis key; processes that use the same key share one limit.
        ttl: seconds after the last change before Redis forgets the state.
        timeout: seconds a Redis command may take before Redis counts as gone.
        retry_interval: while Redis is gone, seconds between attempts to reach it again.

    When Redis goes away the store goes on in this process (see the module docstring);
    ``outages`` counts the times it did.
    """

    def __init__(
        self, url: str, *, key: str, ttl: float = 3600.0, timeout: float = 1.0, retry_interval: float = 2.0
    ) -> None:
        try:
            import redis as redis_module
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise ImportError(
                "RedisStore needs the redis package: pip install 'venice-bindings[redis]'"
            ) from exc
        self._url = url
        self.key = key
        self._ttl_ms = str(int(ttl * 1000))
        self._timeout = timeout
        self._retry_interval = retry_interval
        self._seen = ""  # the stored value as last read or written
        self._sync: redis.Redis | None = None
        self._async: redis.asyncio.Redis | None = None
        self._redis = redis_module
        self._gone = (redis_module.ConnectionError, redis_module.TimeoutError, OSError)
        self._apart_until: float | None = None  # None: Redis answered last time
        self.outages = 0

    def _sync_client(self) -> redis.Redis:
        if self._sync is None:
            from redis.backoff import NoBackoff
            from redis.retry import Retry

            # One immediate retry reconnects a connection a restarted server dropped; more would
            # only delay going on alone.
            self._sync = self._redis.Redis.from_url(
                self._url,
                socket_timeout=self._timeout,
                socket_connect_timeout=self._timeout,
                retry=Retry(NoBackoff(), 1),
            )
            self._sync_cas = self._sync.register_script(_COMPARE_AND_SET)
        return self._sync

    def _async_client(self) -> redis.asyncio.Redis:
        if self._async is None:
            import redis.asyncio
            from redis.asyncio.retry import Retry
            from redis.backoff import NoBackoff

            self._async = redis.asyncio.Redis.from_url(
                self._url,
                socket_timeout=self._timeout,
                socket_connect_timeout=self._timeout,
                retry=Retry(NoBackoff(), 1),
            )
            self._async_cas = self._async.register_script(_COMPARE_AND_SET)
        return self._async

    def _where(self) -> str:
        """Host and port of the URL (never its password)."""
        parts = urlsplit(self._url)
        return f"{parts.hostname}:{parts.port or 6379}" if parts.hostname else "its socket"

    def _apart(self) -> bool:
        """Whether to go on alone for now (Redis was gone less than ``retry_interval`` ago)."""
        return self._apart_until is not None and time.monotonic() < self._apart_until

    def _went_away(self, exc: BaseException) -> None:
        if self._apart_until is None:
            self.outages += 1
            _log.warning(
                "venice.ratelimit: Redis at %s is unreachable (%s); this process goes on with its own "
                "limiter and retries every %g s. Meanwhile other processes using the key are not "
                "counted, so together they may exceed its limits.",
                self._where(),
                type(exc).__name__,
                self._retry_interval,
            )
        self._apart_until = time.monotonic() + self._retry_interval

    def _came_back(self) -> None:
        if self._apart_until is not None:
            self._apart_until = None
            _log.warning(
                "venice.ratelimit: Redis at %s answers again; the limit is shared again",
                self._where(),
            )

    def _alone(self, change: Callable[[LimitState], _T]) -> _T:
        """Apply ``change`` to this process's copy of the state (Redis is gone)."""
        result, args = self._apply(change)
        self._seen = args[1]
        return result

    def _apply(self, change: Callable[[LimitState], _T]) -> tuple[_T, list[str]]:
        state = LimitState.from_json(json.loads(self._seen)) if self._seen else LimitState()
        result = change(state)
        return result, [self._seen, json.dumps(state.to_json(), separators=(",", ":")), self._ttl_ms]

    def _settled(self, answer: list[int | bytes], args: list[str]) -> bool:
        """Whether the write went through; if not, remember the value the script found instead."""
        written, current = answer
        self._seen = args[1] if written else current.decode() if isinstance(current, bytes) else str(current)
        return bool(written)

    def update(self, change: Callable[[LimitState], _T]) -> _T:
        self._sync_client()
        while not self._apart():
            result, args = self._apply(change)
            try:
                answer = self._sync_cas(keys=[self.key], args=args)
            except self._gone as exc:
                self._went_away(exc)
                break
            self._came_back()
            if self._settled(answer, args):
                return result
        return self._alone(change)

    async def aupdate(self, change: Callable[[LimitState], _T]) -> _T:
        self._async_client()
        while not self._apart():
            result, args = self._apply(change)
            try:
                answer = await self._async_cas(keys=[self.key], args=args)
            except self._gone as exc:
                self._went_away(exc)
                break
            self._came_back()
            if self._settled(answer, args):
                return result
        return self._alone(change)

    def close(self) -> None:
        if self._sync is not None:
            with contextlib.suppress(*self._gone):
                self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            with contextlib.suppress(*self._gone):
                await self._async.aclose()
