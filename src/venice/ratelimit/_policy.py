"""The rate-limit policy: pure decisions over a ``LimitState``, no I/O, no clock of its own.

Venice reports its limits on every authenticated response: ``x-ratelimit-limit-requests``,
``x-ratelimit-remaining-requests`` and ``x-ratelimit-reset-requests`` (a Unix timestamp), the same
for tokens (``x-ratelimit-reset-tokens`` is a duration in seconds), and it answers 429 to a key
with more than 20 failed requests in 30 seconds. The policy keeps a request under all three:

- **requests**: ``allowance`` is what may still start before ``reset_at``. Each response sets it
  to ``remaining`` minus the requests started after its own (the server had not counted them
  when it answered; any it had are subtracted twice, so the estimate errs low); each start takes
  one. Starts are paced
  evenly over the rest of the window, and when the allowance is spent the next start waits for the
  reset. After a reset, until a response tells more, the allowance is the last known limit.
  Before the first answer only one request is in flight (it learns the limits).
- **tokens**: a start waits for the token reset when ``remaining-tokens`` would not cover the
  requests in flight plus this one at the average cost per request, read from the same headers.
- **clocks**: Venice's reset header is an absolute time on Venice's clock, and ``Retry-After`` may be
  an HTTP date. Each answer's ``Date`` header gives the skew between the two clocks
  (``clock_skew``), and every absolute time is converted to ours with it; a reset is then never
  taken as more than ``max_reset_wait`` ahead. A client minutes off neither sleeps toward a reset
  that is far in its future nor ignores one that is already in its past.
- **failures**: a start waits while the failures of the last ``failure_window`` seconds plus the
  failures the requests in flight may add (mean plus two standard deviations at the observed
  failure ratio) would exceed ``max_failures`` less a margin; a 429 that the request allowance
  does not explain (the lockout) stops every start for the advised time, or a failure window.

``try_acquire`` and ``observe`` mutate the state they are given; the stores in ``_stores.py`` make
that atomic (a lock in one process, a compare-and-set in Redis across processes). The state is
plain JSON so that several processes can share it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from venice._core._rate_limit_headers import clock_skew, parse_reset, retry_after_delay

__all__ = ["LimitConfig", "LimitState", "observe", "parse_reset", "release", "try_acquire"]


@dataclass(frozen=True)
class LimitConfig:
    """Tuning of the policy; the defaults are Venice's documented failure lockout."""

    max_failures: int = 20
    """Venice answers 429 to more than this many failed requests in ``failure_window`` seconds."""
    failure_window: float = 30.0
    failure_margin: int = 3
    """Failures kept in reserve below ``max_failures`` (requests in flight can fail together)."""
    reset_margin: float = 0.05
    """Seconds added to a server-announced reset before counting on a fresh window."""
    pace: bool = True
    """Spread the allowance evenly over the rest of the window instead of spending it at once."""
    in_flight_ttl: float = 900.0
    """A start never observed (its process died) stops counting as in flight after this long."""
    max_reset_wait: float = 90.0
    """A reset (or a lockout's ``Retry-After``) further ahead than this, after correcting for the
    server's clock, is taken as this far ahead: Venice's request windows are a minute long, so a later
    one is a clock the ``Date`` header did not reveal, and the answer after this wait tells again."""


@dataclass
class LimitState:
    """What is known about one key's limits; JSON-serialisable (``to_json`` / ``from_json``)."""

    limit: int | None = None
    allowance: float | None = None  # None: unknown, nothing holds a start back
    reset_at: float | None = None
    last_start: float = 0.0
    tokens_remaining: float | None = None
    tokens_reset_at: float | None = None
    tokens_per_request: float | None = None
    started: int = 0  # starts ever, numbering them
    in_flight: dict[str, tuple[float, int]] = field(default_factory=dict)  # ticket -> (time, number)
    failures: list[float] = field(default_factory=list)  # times of failed responses, oldest first
    attempts_seen: float = 0.0  # recency-weighted counts for the failure ratio
    failures_seen: float = 0.0
    locked_until: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LimitState:
        state = cls(**data)
        state.in_flight = {k: (v[0], v[1]) for k, v in state.in_flight.items()}  # JSON arrays
        return state


def _number(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _reset(value: str | None, now: float, skew: float, config: LimitConfig) -> float | None:
    """A reset header as a time on our clock, at most ``max_reset_wait`` ahead; ``None`` if absent."""
    reset_at = parse_reset(value, now=now, skew=skew) if value else None
    return None if reset_at is None else min(reset_at, now + config.max_reset_wait)


def _forget_stale(state: LimitState, now: float, config: LimitConfig) -> None:
    horizon = now - config.failure_window
    if state.failures and state.failures[0] <= horizon:
        state.failures = [t for t in state.failures if t > horizon]
    oldest_allowed = now - config.in_flight_ttl
    if any(start < oldest_allowed for start, _ in state.in_flight.values()):
        state.in_flight = {k: v for k, v in state.in_flight.items() if v[0] >= oldest_allowed}
    if state.reset_at is not None and now >= state.reset_at + config.reset_margin:
        # A new window: nothing is known but the limit (in-flight starts may land in it).
        state.reset_at = None
        state.allowance = None if state.limit is None else float(state.limit - len(state.in_flight))
    if state.tokens_reset_at is not None and now >= state.tokens_reset_at + config.reset_margin:
        state.tokens_reset_at = None
        state.tokens_remaining = None


def _failure_wait(state: LimitState, now: float, config: LimitConfig) -> float:
    ratio = (state.failures_seen + 1.0) / (state.attempts_seen + 20.0)
    pending = len(state.in_flight) + 1
    # Failures the requests in flight (and this one) may still add: their mean plus two standard
    # deviations, so that an unlucky run of failures landing together stays under the threshold.
    could_fail = ratio * pending + 2.0 * math.sqrt(pending * ratio * (1.0 - ratio))
    if len(state.failures) + could_fail <= config.max_failures - config.failure_margin:
        return 0.0
    if state.failures:
        return state.failures[0] + config.failure_window - now
    return 0.01  # only in-flight requests weigh: wait for some to land


def _request_wait(state: LimitState, now: float, config: LimitConfig) -> float:
    if state.allowance is None:
        # Before the first answer nothing is known: one request goes first to learn the limits,
        # rather than a burst of ``concurrency`` requests that could overrun them (and the 429s
        # would count as failures towards the lockout).
        return 0.01 if state.attempts_seen == 0 and state.in_flight else 0.0
    if state.allowance < 1:
        if state.reset_at is not None:
            return state.reset_at + config.reset_margin - now
        if state.in_flight:
            return 0.01  # their answers will say how much is left
        state.allowance = None  # nothing known and nothing pending: probe
        return 0.0
    if config.pace and state.reset_at is not None:
        interval = (state.reset_at - now) / state.allowance
        return state.last_start + interval - now
    return 0.0


def _token_wait(state: LimitState, now: float) -> float:
    if state.tokens_remaining is None or state.tokens_reset_at is None:
        return 0.0
    need = (state.tokens_per_request or 1.0) * (len(state.in_flight) + 1)
    return state.tokens_reset_at - now if state.tokens_remaining < need else 0.0


def try_acquire(state: LimitState, ticket: str, *, now: float, config: LimitConfig) -> float:
    """Start the request ``ticket`` now and return 0, or return the seconds to wait before asking
    again (the state is then unchanged but for forgotten stale entries)."""
    _forget_stale(state, now, config)
    wait = max(
        state.locked_until - now,
        _failure_wait(state, now, config),
        _request_wait(state, now, config),
        _token_wait(state, now),
    )
    if wait > 0:
        return wait
    state.started += 1
    state.in_flight[ticket] = (now, state.started)
    state.last_start = now
    if state.allowance is not None:
        state.allowance -= 1
    return 0.0


def release(state: LimitState, ticket: str) -> None:
    """Forget a start whose request never reached the server (a connection error)."""
    if state.in_flight.pop(ticket, None) is not None and state.allowance is not None:
        state.allowance += 1


def observe(
    state: LimitState,
    ticket: str,
    status_code: int,
    headers: Mapping[str, str],
    *,
    now: float,
    config: LimitConfig,
) -> None:
    """Account for the answer to ``ticket``: its status and Venice's rate-limit headers."""
    entry = state.in_flight.pop(ticket, None)
    # Requests started after this one may not have reached the server when it counted this one:
    # ``remaining`` does not include them yet.
    started_since = state.started - entry[1] if entry is not None else len(state.in_flight)
    state.attempts_seen = state.attempts_seen * 0.99 + 1.0
    state.failures_seen *= 0.99
    if status_code >= 400:
        state.failures.append(now)
        state.failures_seen += 1.0

    limit = _number(headers, "x-ratelimit-limit-requests")
    remaining = _number(headers, "x-ratelimit-remaining-requests")
    skew = clock_skew(headers, now=now)
    reset_value = headers.get("x-ratelimit-reset-requests")
    reset_at = _reset(reset_value, now, skew, config)
    if limit is not None:
        state.limit = int(limit)
    if remaining is not None and (reset_at is None or reset_at > now):
        stale = reset_at is not None and state.reset_at is not None and reset_at < state.reset_at
        if not stale:  # an answer from an earlier window says nothing about this one
            state.allowance = remaining - started_since
            state.reset_at = reset_at if reset_at is not None else state.reset_at

    tokens_left = _number(headers, "x-ratelimit-remaining-tokens")
    tokens_limit = _number(headers, "x-ratelimit-limit-tokens")
    tokens_reset = headers.get("x-ratelimit-reset-tokens")
    if tokens_left is not None:
        state.tokens_remaining = tokens_left
        state.tokens_reset_at = _reset(tokens_reset, now, skew, config)
        if tokens_limit is not None and limit is not None and remaining is not None and limit > remaining:
            per_request = (tokens_limit - tokens_left) / (limit - remaining)
            previous = state.tokens_per_request
            state.tokens_per_request = per_request if previous is None else 0.8 * previous + 0.2 * per_request

    if status_code == 429 and (remaining is None or remaining > 0 or reset_at is None):
        # Not the request allowance: the failed-request lockout (or a 429 without headers).
        advised = retry_after_delay(headers, now=now, skew=skew)
        wait = min(advised, config.max_reset_wait) if advised is not None and advised > 0 else None
        state.locked_until = max(state.locked_until, now + (wait or config.failure_window))
