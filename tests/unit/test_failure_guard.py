"""The failure guard's state machine, with the time given explicitly (no waiting)."""

from __future__ import annotations

import pytest

import venice
from venice._core._failure_guard import FailureGuard


def failures(guard: FailureGuard, status: int, times: list[float]) -> None:
    for now in times:
        guard.check(now)
        guard.record(status, now)


def test_opens_at_the_threshold_within_the_window_and_closes_after_it() -> None:
    guard = FailureGuard(3, 30.0)
    failures(guard, 500, [0.0, 1.0, 2.0])
    with pytest.raises(venice.CircuitOpenError) as info:
        guard.check(2.5)
    assert info.value.retry_after == pytest.approx(29.5) and info.value.failures == 3
    guard.check(32.0)  # the window after the last failure has passed: half-open


def test_failures_spread_wider_than_the_window_do_not_open_it() -> None:
    guard = FailureGuard(3, 30.0)
    failures(guard, 500, [0.0, 20.0, 40.0, 60.0, 80.0])  # never 3 within 30 s
    guard.check(80.5)


def test_the_window_slides() -> None:
    guard = FailureGuard(3, 30.0)
    failures(guard, 500, [0.0, 29.0, 31.0, 32.0])  # 29, 31, 32 are within 30 s
    with pytest.raises(venice.CircuitOpenError):
        guard.check(33.0)


def test_half_open_same_failure_reopens_at_once_success_closes() -> None:
    guard = FailureGuard(2, 10.0)
    failures(guard, 401, [0.0, 1.0])
    guard.check(11.5)  # half-open: one request may go
    guard.record(401, 11.5)
    with pytest.raises(venice.CircuitOpenError):
        guard.check(12.0)
    guard.check(22.0)
    guard.record(200, 22.0)
    guard.record(401, 22.5)
    guard.check(23.0)  # a single failure after a success


def test_half_open_other_failure_starts_a_new_run() -> None:
    guard = FailureGuard(2, 10.0)
    failures(guard, 401, [0.0, 1.0])
    guard.record(404, 12.0)
    guard.check(12.5)


def test_lockout_opens_at_once() -> None:
    guard = FailureGuard(20, 30.0)
    guard.record(429, 5.0, lockout=True)
    with pytest.raises(venice.CircuitOpenError) as info:
        guard.check(6.0)
    assert info.value.status_code == 429
