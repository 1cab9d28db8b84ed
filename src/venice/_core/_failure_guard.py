"""A circuit breaker that keeps a buggy loop from getting its own API key locked out.

Venice's rate-limit page: more than 20 failed requests (any non-success status) within 30 seconds
earn a 429 lock-out, "Please wait 30s and try again". A loop that repeats a broken request (a bad
key, a wrong model, a 5xx storm hammered without pause) reaches that in seconds and then locks out
every other caller sharing the key.

``FailureGuard`` counts consecutive failed responses of the same kind (the same status) within
the window; at ``threshold`` it opens, and every request is refused with ``CircuitOpenError``
before it is sent, for ``window`` seconds after the last failure (Venice's own wait). Then one
request may go (half-open): a success closes the circuit, the same failure opens it again at once.
A success or a failure of another kind resets the run, so random failures among successes never
open it. Venice's own lock-out answer (a 429 saying "Too many failed attempts") opens it at once.

One instance is shared by a client and its ``with_options`` copies (one key, one lock-out),
sync and async alike: the state changes take a lock and never wait. Time is passed in by the
caller, so the logic is a pure state machine. This module does no I/O.
"""

from __future__ import annotations

import threading
from collections import deque

from venice._errors._exceptions import CircuitOpenError

__all__ = ["LOCKOUT_MESSAGE", "FailureGuard"]

# The start of Venice's lock-out message (docs: api-reference/rate-limiting).
LOCKOUT_MESSAGE = "Too many failed attempts"


class FailureGuard:
    """``threshold`` consecutive failures with the same status within ``window`` seconds open the
    circuit for ``window`` seconds."""

    __slots__ = ("_lock", "_open_until", "_status", "_times", "threshold", "window")

    def __init__(self, threshold: int, window: float) -> None:
        if threshold < 1:
            raise ValueError("max_consecutive_failures must be >= 1, or None to disable the guard")
        self.threshold = threshold
        self.window = window
        self._lock = threading.Lock()
        self._status = 0  # the status of the current run of failures (0: none)
        self._times: deque[float] = deque(maxlen=threshold)  # its most recent failure times
        self._open_until = 0.0  # > 0 once opened: refuse before it, half-open after it

    def check(self, now: float) -> None:
        """Raise ``CircuitOpenError`` while the circuit is open; return when a request may go."""
        if self._open_until > now:  # read without the lock: one float, read atomically
            wait = self._open_until - now
            raise CircuitOpenError(
                f"Request not sent: the last {len(self._times)} requests all failed with status "
                f"{self._status} within {self.window:g} s, and Venice locks a key out after more than "
                f"20 failed requests in 30 s. Fix the cause; requests go again in {wait:.1f} s "
                "(max_consecutive_failures=None disables this guard).",
                retry_after=wait,
                status_code=self._status,
                failures=len(self._times),
            )

    def record(self, status_code: int, now: float, *, lockout: bool = False) -> None:
        """Account for one answered request (``lockout``: it was Venice's lock-out 429)."""
        if status_code < 400:
            if self._status:  # read without the lock: nothing to reset is the common case
                with self._lock:
                    self._status = 0
                    self._times.clear()
                    self._open_until = 0.0
            return
        with self._lock:
            same = status_code == self._status
            half_open = 0.0 < self._open_until <= now
            if not same:
                self._status = status_code
                self._times.clear()
                self._open_until = 0.0
            self._times.append(now)
            full = len(self._times) == self.threshold and now - self._times[0] <= self.window
            if lockout or full or (same and half_open):
                self._open_until = now + self.window
