"""Stopping a batch run from outside: SIGINT (Ctrl-C) and SIGTERM (container orchestrators, CI).

The first signal stops new requests from starting and lets those in flight finish and write their
result lines, for at most ``grace`` seconds; a second signal, or the end of the grace period,
cancels what is still in flight (those requests are sent again on resume). The handlers are
installed only while requests are being sent, and only where the event loop supports them (the
main thread on Unix). This module knows nothing about requests or output files.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterator

__all__ = ["Stop", "routing_signals"]

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stop:
    """Whether and why the run should stop; workers check ``requested`` before each request."""

    def __init__(self) -> None:
        self.requested = False
        self.signal_name: str | None = None  # "SIGTERM", when a signal asked
        self.tasks: list[asyncio.Task[None]] = []
        self._grace_timer: asyncio.TimerHandle | None = None

    def on_signal(self, signum: signal.Signals, grace: float) -> None:
        if self.requested:
            self.cancel_in_flight()
            return
        self.requested = True
        self.signal_name = signum.name
        self._grace_timer = asyncio.get_running_loop().call_later(grace, self.cancel_in_flight)

    def cancel_in_flight(self) -> None:
        for task in self.tasks:
            task.cancel()

    def close(self) -> None:
        if self._grace_timer is not None:
            self._grace_timer.cancel()


@contextlib.contextmanager
def routing_signals(stop: Stop, grace: float, *, enabled: bool) -> Iterator[None]:
    """Route SIGINT and SIGTERM to ``stop`` inside the block (when ``enabled`` and possible)."""
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    if enabled:
        for signum in SIGNALS:
            try:
                loop.add_signal_handler(signum, stop.on_signal, signum, grace)
            except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, Windows
                break
            installed.append(signum)
    try:
        yield
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
        stop.close()
