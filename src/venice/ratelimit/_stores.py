"""Where a limiter keeps its ``LimitState``: in this process, or in Redis for several processes.

A store runs a function over the state atomically (``update`` blocking, ``aupdate`` for asyncio)
and returns its result. ``MemoryStore`` holds a lock for the few microseconds a decision takes.
``RedisStore`` keeps the state as one JSON value and writes it back with a compare-and-set script,
computed from the value it last saw and retried from the value the script returns when another
process changed it in between: one round trip per update without contention, and every process
sees every start and every answer. Nothing here decides anything: the policy is ``_policy.py``.
The key is named by the caller (``RateLimiter`` uses a digest of the API key, never the key itself).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from ._policy import LimitState

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["MemoryStore", "RedisStore", "Store"]

_T = TypeVar("_T")

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
    """

    def __init__(self, url: str, *, key: str, ttl: float = 3600.0) -> None:
        try:
            import redis as redis_module
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise ImportError(
                "RedisStore needs the redis package: pip install 'venice-bindings[redis]'"
            ) from exc
        self._url = url
        self.key = key
        self._ttl_ms = str(int(ttl * 1000))
        self._seen = ""  # the stored value as last read or written
        self._sync: redis.Redis | None = None
        self._async: redis.asyncio.Redis | None = None
        self._redis = redis_module

    def _sync_client(self) -> redis.Redis:
        if self._sync is None:
            self._sync = self._redis.Redis.from_url(self._url)
            self._sync_cas = self._sync.register_script(_COMPARE_AND_SET)
        return self._sync

    def _async_client(self) -> redis.asyncio.Redis:
        if self._async is None:
            import redis.asyncio

            self._async = redis.asyncio.Redis.from_url(self._url)
            self._async_cas = self._async.register_script(_COMPARE_AND_SET)
        return self._async

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
        while True:
            result, args = self._apply(change)
            if self._settled(self._sync_cas(keys=[self.key], args=args), args):
                return result

    async def aupdate(self, change: Callable[[LimitState], _T]) -> _T:
        self._async_client()
        while True:
            result, args = self._apply(change)
            if self._settled(await self._async_cas(keys=[self.key], args=args), args):
                return result

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
