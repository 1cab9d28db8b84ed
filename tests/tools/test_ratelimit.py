"""The rate-limit policy (pure, on a fake clock) and the limiter in front of a real client on loopback."""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx
import pytest
from loopback import API_KEY, LoopbackVenice

import venice
from venice._core._rate_limit_headers import clock_skew
from venice.ratelimit import (
    AsyncRateLimitedTransport,
    LimitConfig,
    LimitState,
    RateLimitedTransport,
    RateLimiter,
    parse_reset,
)
from venice.ratelimit._policy import observe, try_acquire

NOW = 1_800_000_000.0
CONFIG = LimitConfig(pace=False)


def headers(remaining: int, reset_in: float, limit: int = 100) -> dict[str, str]:
    return {
        "x-ratelimit-limit-requests": str(limit),
        "x-ratelimit-remaining-requests": str(remaining),
        "x-ratelimit-reset-requests": str(int(NOW + reset_in)),
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (str(int(NOW + 30)), NOW + 30),  # Unix seconds (Venice's docs)
        (str(int((NOW + 30) * 1000)), NOW + 30),  # Unix milliseconds
        ("12.5", NOW + 12.5),  # seconds from now (x-ratelimit-reset-tokens)
        ("1m30s", NOW + 90),
        ("250ms", NOW + 0.25),
        ("soon", None),
    ],
)
def test_reset_headers_are_read_in_every_documented_form(value: str, expected: float | None) -> None:
    assert parse_reset(value, now=NOW) == expected


def test_a_spent_allowance_waits_for_the_reset_then_the_limit_is_available_again() -> None:
    state = LimitState()
    assert try_acquire(state, "a", now=NOW, config=CONFIG) == 0
    observe(state, "a", 200, headers(remaining=2, reset_in=10), now=NOW, config=CONFIG)
    assert try_acquire(state, "b", now=NOW, config=CONFIG) == 0
    assert try_acquire(state, "c", now=NOW, config=CONFIG) == 0
    wait = try_acquire(state, "d", now=NOW, config=CONFIG)
    assert wait == pytest.approx(10 + CONFIG.reset_margin)
    assert try_acquire(state, "d", now=NOW + wait, config=CONFIG) == 0
    # After the reset the allowance is the limit less what is still in flight (b, c, d).
    assert state.allowance == 100 - 3


def answered_once() -> LimitState:
    """A state that has seen one answer without rate-limit headers (no probe in progress)."""
    state = LimitState()
    try_acquire(state, "probe", now=NOW, config=CONFIG)
    observe(state, "probe", 200, {}, now=NOW, config=CONFIG)
    return state


def test_the_first_request_learns_the_limits_before_others_start() -> None:
    state = LimitState()
    assert try_acquire(state, "a", now=NOW, config=CONFIG) == 0
    assert try_acquire(state, "b", now=NOW, config=CONFIG) > 0
    observe(state, "a", 200, headers(remaining=50, reset_in=20), now=NOW, config=CONFIG)
    assert try_acquire(state, "b", now=NOW, config=CONFIG) == 0


def test_the_allowance_counts_requests_started_after_the_one_the_server_counted() -> None:
    state = answered_once()
    for ticket in "abcd":
        assert try_acquire(state, ticket, now=NOW, config=CONFIG) == 0
    observe(state, "b", 200, headers(remaining=5, reset_in=10), now=NOW, config=CONFIG)
    assert state.allowance == 5 - 2  # c and d started after b
    observe(state, "a", 200, headers(remaining=6, reset_in=10), now=NOW, config=CONFIG)
    assert state.allowance == 6 - 3  # b, c and d started after a


def test_an_answer_from_an_earlier_window_does_not_overwrite_the_current_one() -> None:
    state = answered_once()
    try_acquire(state, "a", now=NOW, config=CONFIG)
    try_acquire(state, "b", now=NOW, config=CONFIG)
    observe(state, "a", 200, headers(remaining=50, reset_in=20), now=NOW, config=CONFIG)
    observe(state, "b", 200, headers(remaining=1, reset_in=5), now=NOW, config=CONFIG)
    assert state.allowance == 50 - 1  # b started after a


def test_pacing_spreads_the_allowance_over_the_rest_of_the_window() -> None:
    config = LimitConfig(pace=True)
    state = LimitState()
    try_acquire(state, "a", now=NOW, config=config)
    observe(state, "a", 200, headers(remaining=10, reset_in=10), now=NOW, config=config)
    assert try_acquire(state, "b", now=NOW, config=config) == pytest.approx(1.0)  # 10 s / 10 left
    assert try_acquire(state, "b", now=NOW + 1.0, config=config) == 0


def test_the_failure_guard_stops_starts_before_venice_locks_the_key_out() -> None:
    config = LimitConfig(pace=False, max_failures=20, failure_window=30.0, failure_margin=3)
    state = LimitState()
    failed = 0
    while (wait := try_acquire(state, f"t{failed}", now=NOW + failed * 0.1, config=config)) == 0:
        observe(state, f"t{failed}", 500, {}, now=NOW + failed * 0.1, config=config)
        failed += 1
    # Every request failing: stop well before 20 failures, until the oldest leaves the window.
    assert 10 <= failed <= 17
    assert wait == pytest.approx(30.0 - failed * 0.1)
    assert try_acquire(state, "next", now=NOW + 30.01, config=config) == 0


def test_a_lockout_429_stops_every_start_for_the_advised_time() -> None:
    state = LimitState()
    try_acquire(state, "a", now=NOW, config=CONFIG)
    observe(state, "a", 429, {"retry-after": "7"}, now=NOW, config=CONFIG)
    assert try_acquire(state, "b", now=NOW + 1, config=CONFIG) == pytest.approx(6.0)


def test_the_token_limit_holds_starts_until_the_token_reset() -> None:
    state = LimitState()
    try_acquire(state, "a", now=NOW, config=CONFIG)
    token_headers = {
        **headers(remaining=90, reset_in=60),
        "x-ratelimit-limit-tokens": "1000",
        "x-ratelimit-remaining-tokens": "50",  # 950 tokens for 10 requests: 95 per request
        "x-ratelimit-reset-tokens": "4",
    }
    observe(state, "a", 200, token_headers, now=NOW, config=CONFIG)
    assert state.tokens_per_request == pytest.approx(95.0)
    assert try_acquire(state, "b", now=NOW, config=CONFIG) == pytest.approx(4.0)


def test_a_request_that_never_reached_the_server_gives_its_start_back() -> None:
    server_down = httpx.MockTransport(lambda request: (_ for _ in ()).throw(httpx.ConnectError("down")))
    limiter = RateLimiter(config=CONFIG)
    http = httpx.Client(transport=RateLimitedTransport(limiter, server_down))
    with pytest.raises(httpx.ConnectError):
        http.get("http://127.0.0.1:9/api/v1/models")
    assert limiter.stats.answered == 0
    assert limiter.store.update(lambda state: dict(state.in_flight)) == {}


def test_a_snapshot_shows_what_the_limiter_holds_on_a_fake_clock() -> None:
    clock = [NOW]
    limiter = RateLimiter(config=CONFIG, clock=lambda: clock[0])
    empty = limiter.snapshot()
    assert (empty.waiting, empty.in_flight, empty.recent_failures, empty.queued_answers) == (0, 0, 0, 0)
    assert (empty.allowance, empty.reset_in, empty.locked_for) == (None, None, 0.0)
    first = limiter.acquire()
    limiter.observe(first, 500, headers(remaining=10, reset_in=8))
    second = limiter.acquire()
    clock[0] = NOW + 2
    held = limiter.snapshot()
    assert (held.in_flight, held.recent_failures) == (1, 1)
    assert held.allowance == 10 - 1 and held.reset_in == pytest.approx(6.0)
    limiter.observe(second, 429, {"retry-after": "5"})
    assert limiter.snapshot().locked_for == pytest.approx(5.0)
    assert limiter.snapshot().in_flight == 0


def test_a_snapshot_counts_the_callers_waiting_for_a_start() -> None:
    limiter = RateLimiter(config=CONFIG)
    probe = limiter.acquire()  # the first request learns the limits: the others wait for its answer

    async def main() -> list[int]:
        waiters = [asyncio.create_task(limiter.aacquire()) for _ in range(3)]
        await asyncio.sleep(0.05)
        waiting = limiter.snapshot().waiting
        limiter.observe(probe, 200, headers(remaining=50, reset_in=20))
        await asyncio.gather(*waiters)
        return [waiting, limiter.snapshot().waiting, limiter.snapshot().in_flight]

    assert asyncio.run(main()) == [3, 0, 3]


def run_async_client(url: str, limiter: RateLimiter, count: int, concurrency: int) -> float:
    async def main() -> float:
        http = httpx.AsyncClient(transport=AsyncRateLimitedTransport(limiter))
        async with venice.AsyncVenice(api_key=API_KEY, base_url=url, http_client=http) as client:
            queue = list(range(count))

            async def worker() -> None:
                while queue:
                    n = queue.pop()
                    await client.chat.completions.create(
                        model="m", messages=[{"role": "user", "content": f"{n}"}]
                    )

            start = time.monotonic()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            await http.aclose()
            return time.monotonic() - start

    return asyncio.run(main())


def test_an_async_client_behind_the_limiter_gets_no_429_and_uses_the_windows_it_needs() -> None:
    with LoopbackVenice(limit=40, window=0.5) as server:
        limiter = RateLimiter()
        elapsed = run_async_client(server.base_url, limiter, count=200, concurrency=60)
        stats = server.stats.to_json()
    # 60 in flight against 40 a window: only the first window, before any header was seen, may 429.
    later = [t for t in stats["rate_limited_at"] if t >= server.started + server.window]
    assert later == []
    assert stats["by_status"]["200"] == 200
    assert elapsed >= 4 * server.window  # 200 requests need at least 5 windows


def test_a_failing_key_slows_down_instead_of_being_locked_out() -> None:
    config = LimitConfig(max_failures=5, failure_window=0.5, failure_margin=1)
    with LoopbackVenice(failure_rate=0.3, lockout_failures=5, lockout_window=0.5) as server:
        limiter = RateLimiter(config=config)
        run_async_client(server.base_url, limiter, count=120, concurrency=8)
        stats = server.stats.to_json()
    assert stats["lockouts"] == 0
    assert stats["by_status"]["200"] == 120
    assert stats["by_status"]["500"] > 20  # the guard had failures to pace


def test_a_sync_client_behind_the_limiter_waits_for_the_reset() -> None:
    with LoopbackVenice(limit=5, window=0.4) as server:
        limiter = RateLimiter(config=LimitConfig(pace=False))
        http = httpx.Client(transport=RateLimitedTransport(limiter))
        with venice.Venice(api_key=API_KEY, base_url=server.base_url, http_client=http) as client:
            for n in range(12):
                client.chat.completions.create(model="m", messages=[{"role": "user", "content": f"{n}"}])
        http.close()
        stats = server.stats.to_json()
    assert stats["by_status"] == {"200": 12}


# A clock you cannot trust (issue 16, item 4): the server's clock 10 minutes off ours.


@pytest.mark.parametrize("offset", [600.0, -600.0], ids=["server-10-min-ahead", "server-10-min-behind"])
def test_a_server_clock_minutes_off_neither_stalls_the_limiter_nor_lets_it_hammer(offset: float) -> None:
    """Measured before the change (bench/clock_skew.py): 10 min ahead, the limiter's first paced sleep
    was 150 s (toward the skewed reset); 10 min behind, it took every reset as past, never slept, and
    the server sent 7 429s for 15 requests. Now the Date header gives the skew: 0 429s, and every
    sleep is at most a window plus the Date header's second."""
    from clock_skew import run

    result = run(offset, requests=15, limit=5, window=2.0, cap=30.0)
    assert result.stopped_by_wait is None, result.summary()
    assert (result.succeeded, result.errors, result.server_429) == (15, [], 0), result.summary()
    assert max(result.waits) <= 2.0 + 1.5, result.summary()
    assert result.elapsed < 20, result.summary()  # 15 requests at 5 per 2 s window: about 3 windows


def test_reset_and_retry_after_are_read_on_the_servers_clock() -> None:
    date = {"date": email.utils.formatdate(NOW + 600, usegmt=True)}
    reset = str(int(NOW + 600 + 30))
    assert clock_skew(date, now=NOW) == 600
    assert parse_reset(reset, now=NOW, skew=600) == NOW + 30
    state = LimitState()
    observe(state, "a", 200, {**headers(remaining=3, reset_in=630), **date}, now=NOW, config=CONFIG)
    assert state.reset_at == NOW + 30 and state.allowance == 3
    # Behind: the reset is in our past on our clock, but 30 s ahead on the server's.
    behind = {**headers(remaining=3, reset_in=-570), "date": email.utils.formatdate(NOW - 600, usegmt=True)}
    state = LimitState()
    observe(state, "a", 200, behind, now=NOW, config=CONFIG)
    assert state.reset_at == NOW + 30 and state.allowance == 3


def test_a_reset_too_far_ahead_is_clamped_and_a_tiny_or_absurd_skew_is_ignored() -> None:
    state = LimitState()
    observe(state, "a", 200, headers(remaining=0, reset_in=3600), now=NOW, config=CONFIG)
    assert state.reset_at == NOW + CONFIG.max_reset_wait
    for off in (1.0, -1.5, 3 * 86400.0):
        assert clock_skew({"date": email.utils.formatdate(NOW + off, usegmt=True)}, now=NOW) == 0
    assert clock_skew({}, now=NOW) == clock_skew({"date": "garbage"}, now=NOW) == 0
    # A lockout's Retry-After as an HTTP date, on the server's clock 10 minutes ahead: 30 s, not 630 s.
    lockout = {"retry-after": email.utils.formatdate(NOW + 630, usegmt=True)}
    lockout["date"] = email.utils.formatdate(NOW + 600, usegmt=True)
    state = LimitState()
    observe(state, "a", 429, lockout, now=NOW, config=CONFIG)
    assert state.locked_until == NOW + 30
