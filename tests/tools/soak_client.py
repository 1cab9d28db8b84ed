"""The client process of the soak (issue 16, item 5): a sync client, an async client and a batch run
against a loopback Venice for ``Plan.seconds``, sampling itself; prints one JSON report on stdout.

Started by ``soak_run.py`` (for ``bench/soak.py`` and ``test_soak.py``) as
``python tests/tools/soak_client.py PLAN_JSON``, in a process of its own, so that what it measures
(open file descriptors, connections, RSS) is the client's alone:

- **sync**: ``threads`` threads share one ``Venice``; **async**: ``tasks`` tasks share one
  ``AsyncVenice``; both behind one ``RateLimiter``. Each sends chat calls (every third a stream,
  read to its end) until the deadline, with ``CALL_TIMEOUT``.
- **batch**: ``arun_batch`` over ``batch_lines`` chat requests with a limiter of its own (two
  users of one key, as two tools of one team are), stopped at the deadline the way Ctrl-C stops it
  (``stop_on_signals``: SIGINT, raised from ``on_progress``, which runs while the run's handlers
  are installed): the results in flight are written, the rest is left for a resume.
- **watchdogs**: a call still running ``WATCHDOG`` seconds after it started (ten times its own
  total timeout) is hung: an async one is cancelled, a sync one is counted by the sampler.
- **samples**, every ``every`` seconds from a thread of their own: open fds, connections to the
  server's port by state, RSS, calls, batch lines, and both limiters' ``snapshot()``.

At the end one more sample is taken once every call has ended (``finished``), then every client is
closed and the process is probed once more (``closed``) against the baseline taken before the
first client was made. This module runs the mix and reports; it judges nothing
(``soak_run.verdicts`` does).
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import json
import os
import signal
import sys
import threading
import time
import warnings
from collections import Counter
from collections.abc import Awaitable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from batch_files import write_requests
from loopback import API_KEY
from process_probe import connections_to, open_fds, rss_bytes

import venice
from venice.batch import BatchProgress, BatchSummary, arun_batch
from venice.ratelimit import AsyncRateLimitedTransport, LimitConfig, RateLimitedTransport, RateLimiter

CALL_TIMEOUT = venice.Timeout(2.0, total=6.0, idle=2.0)
BATCH_TIMEOUT = venice.Timeout(10.0, total=30.0)
WATCHDOG = 60.0


@dataclass
class Plan:
    base_url: str
    seconds: float
    every: float
    workdir: str
    batch_lines: int
    threads: int = 6
    tasks: int = 12
    concurrency: int = 24  # the batch's
    max_failures: int = 10  # each limiter's share of the key's failure lockout
    failure_window: float = 30.0


class Calls:
    """The clients' calls: how many started, how each ended, which are still running."""

    def __init__(self) -> None:
        self.started = 0
        self.ended: Counter[str] = Counter()  # "ok", or the VeniceError subclass raised
        self.untyped: Counter[str] = Counter()  # exceptions that are not VeniceError
        self.hung = 0
        self._running: dict[int, float] = {}  # call -> time.monotonic() at its start
        self._overdue: set[int] = set()
        self._numbers = itertools.count()
        self._lock = threading.Lock()

    def begin(self) -> int:
        with self._lock:
            call = next(self._numbers)
            self.started += 1
            self._running[call] = time.monotonic()
            return call

    def end(self, call: int, error: BaseException | None, *, hung: bool = False) -> None:
        with self._lock:
            del self._running[call]
            if hung:  # cancelled by the watchdog
                self.hung += 1
            elif error is None:
                self.ended["ok"] += 1
            elif isinstance(error, venice.VeniceError):
                self.ended[type(error).__name__] += 1
            else:
                self.untyped[f"{type(error).__module__}.{type(error).__name__}"] += 1

    def flag_overdue(self) -> None:
        """Count the calls running for longer than the watchdog (each once)."""
        now = time.monotonic()
        with self._lock:
            late = {c for c, t in self._running.items() if now - t > WATCHDOG} - self._overdue
            self._overdue |= late
            self.hung += len(late)

    @property
    def running(self) -> int:
        return len(self._running)


def chat(who: str, n: int) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "user", "content": f"{who} call {n}"}], "stream": n % 3 == 0}


def sync_worker(client: venice.Venice, calls: Calls, who: str, deadline: float) -> None:
    for n in itertools.count():
        if time.monotonic() >= deadline:
            return
        call, error = calls.begin(), None
        try:
            answer = client.chat.completions.create(**chat(who, n))
            if isinstance(answer, venice.Stream):
                with answer:
                    for _ in answer:
                        pass
        except Exception as exc:
            error = exc
        calls.end(call, error)


async def async_call(client: venice.AsyncVenice, arguments: dict[str, Any]) -> None:
    answer = await client.chat.completions.create(**arguments)
    if isinstance(answer, venice.AsyncStream):
        async with answer:
            async for _ in answer:
                pass


async def async_worker(client: venice.AsyncVenice, calls: Calls, who: str, deadline: float) -> None:
    for n in itertools.count():
        if time.monotonic() >= deadline:
            return
        call, error = calls.begin(), None
        watchdog = asyncio.timeout(WATCHDOG)
        try:
            async with watchdog:
                await async_call(client, chat(who, n))
        except Exception as exc:
            error = exc
        calls.end(call, error, hung=watchdog.expired())


class BatchWatch:
    """The batch run's progress, and the stop at the deadline (see the module docstring)."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.progress: BatchProgress | None = None
        self.last = time.monotonic()
        self.longest_pause = 0.0  # seconds without a finished request
        self.stop_sent = False

    def on_progress(self, progress: BatchProgress) -> None:
        now = time.monotonic()
        self.longest_pause = max(self.longest_pause, now - self.last)
        self.last, self.progress = now, progress
        if now >= self.deadline and not self.stop_sent:
            self.stop_sent = True
            signal.raise_signal(signal.SIGINT)


def limiter_state(limiter: RateLimiter) -> dict[str, Any]:
    snapshot = limiter.snapshot()
    return {
        "waiting": snapshot.waiting,
        "in_flight": snapshot.in_flight,
        "recent_failures": snapshot.recent_failures,
        "queued_answers": snapshot.queued_answers,
        "locked_for": round(snapshot.locked_for, 3),
    }


def probe(port: int) -> dict[str, Any]:
    return {"fds": open_fds(), "connections": dict(connections_to(port)), "rss": rss_bytes()}


class Sampler(threading.Thread):
    def __init__(
        self, plan: Plan, port: int, calls: Calls, batch: BatchWatch, limiters: dict[str, RateLimiter]
    ):
        super().__init__(daemon=True)
        self.plan, self.port, self.calls, self.batch, self.limiters = plan, port, calls, batch, limiters
        self.samples: list[dict[str, Any]] = []
        self.started = time.monotonic()
        self.done = threading.Event()

    def sample(self) -> dict[str, Any]:
        self.calls.flag_overdue()
        progress = self.batch.progress
        return {
            "t": round(time.monotonic() - self.started, 1),
            **probe(self.port),
            "calls_started": self.calls.started,
            "calls_ended": sum(self.calls.ended.values()) + sum(self.calls.untyped.values()),
            "calls_running": self.calls.running,
            "hung": self.calls.hung,
            "batch_done": progress.done if progress else 0,
            "limiters": {name: limiter_state(limiter) for name, limiter in self.limiters.items()},
        }

    def run(self) -> None:
        parent = os.getppid()
        self.samples.append(self.sample())
        while not self.done.wait(self.plan.every):
            if os.getppid() != parent:  # the soak was stopped (its server is gone): stop too
                os._exit(3)
            self.samples.append(self.sample())


def batch_outcome(
    source: Path, output: Path, summary: BatchSummary | BaseException, watch: BatchWatch
) -> dict[str, Any]:
    """Lines lost and duplicated, from the output file against the input and the run's summary."""
    wanted = {json.loads(line)["custom_id"] for line in source.read_text().splitlines()}
    lines = [json.loads(line) for line in output.read_text().splitlines()] if output.exists() else []
    ids = [line["custom_id"] for line in lines]
    errors = Counter(line["error"]["code"] for line in lines if line["error"] is not None)
    outcome: dict[str, Any] = {
        "total": len(wanted),
        "lines": len(lines),
        "duplicated": len(ids) - len(set(ids)),
        "stray": len(set(ids) - wanted),
        "errors": dict(errors),
        "longest_pause": round(watch.longest_pause, 2),
        "stop_sent": watch.stop_sent,
    }
    if isinstance(summary, BaseException):
        outcome["untyped"] = f"{type(summary).__module__}.{type(summary).__name__}: {summary}"
        return outcome
    outcome.update(
        succeeded=summary.succeeded,
        failed=summary.failed,
        remaining=summary.remaining,
        abandoned=summary.abandoned,
        stopped_by=summary.stopped_by,
        rate_limited=summary.rate_limited,
        elapsed=round(summary.elapsed, 1),
        # finished by this run (its own count) but without a line, or neither written nor left to resume
        lost=max(
            summary.succeeded + summary.failed - len(set(ids)),
            len(wanted) - len(set(ids)) - summary.remaining,
        ),
    )
    return outcome


async def soak(plan: Plan) -> dict[str, Any]:
    port = urlsplit(plan.base_url).port or 80
    workdir = Path(plan.workdir)
    source, output = workdir / "batch-in.jsonl", workdir / "batch-out.jsonl"
    write_requests(source, plan.batch_lines, prefix="b")
    config = LimitConfig(max_failures=plan.max_failures, failure_window=plan.failure_window)
    client_limiter, batch_limiter = RateLimiter(config=config), RateLimiter(config=config)
    gc.collect()
    baseline = probe(port)

    start = time.monotonic()
    deadline = start + plan.seconds
    calls, watch = Calls(), BatchWatch(deadline)
    sampler = Sampler(plan, port, calls, watch, {"client": client_limiter, "batch": batch_limiter})
    sampler.start()
    sync_http = httpx.Client(transport=RateLimitedTransport(client_limiter))
    sync_client = venice.Venice(
        api_key=API_KEY, base_url=plan.base_url, http_client=sync_http, timeout=CALL_TIMEOUT
    )
    threads = [
        threading.Thread(target=sync_worker, args=(sync_client, calls, f"sync {i}", deadline), daemon=True)
        for i in range(plan.threads)
    ]
    for thread in threads:
        thread.start()
    async_http = httpx.AsyncClient(transport=AsyncRateLimitedTransport(client_limiter))
    async_client = venice.AsyncVenice(
        api_key=API_KEY, base_url=plan.base_url, http_client=async_http, timeout=CALL_TIMEOUT
    )
    batch = arun_batch(
        source,
        output,
        api_key=API_KEY,
        base_url=plan.base_url,
        concurrency=plan.concurrency,
        timeout=BATCH_TIMEOUT,
        limiter=batch_limiter,
        on_progress=watch.on_progress,
        stop_on_signals=True,
    )
    # The batch's own watchdog: the soak, the stop's grace period (20 s), and the watchdog beyond.
    jobs: list[Awaitable[Any]] = [asyncio.wait_for(batch, plan.seconds + 20 + WATCHDOG)]
    jobs += [async_worker(async_client, calls, f"async {i}", deadline) for i in range(plan.tasks)]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for failure in results[1:]:  # a worker itself failed (never expected)
        if failure is not None:
            calls.untyped[f"worker: {failure!r}"] += 1
    for thread in threads:
        thread.join(WATCHDOG)
    elapsed = time.monotonic() - start
    sampler.done.set()
    sampler.join()
    finished = sampler.sample()  # every call ended, the clients not closed yet
    await async_client.close()
    await async_http.aclose()
    sync_client.close()
    sync_http.close()
    gc.collect()
    closed = probe(port)

    return {
        "plan": asdict(plan),
        "elapsed": round(elapsed, 1),
        "baseline": baseline,
        "samples": sampler.samples,
        "finished": finished,
        "closed": closed,
        "calls": {
            "started": calls.started,
            "ended": dict(calls.ended),
            "untyped": dict(calls.untyped),
            "hung": calls.hung,
            "still_running": calls.running + sum(thread.is_alive() for thread in threads),
        },
        "batch": batch_outcome(source, output, results[0], watch),
        "limiter_stats": {"client": asdict(client_limiter.stats), "batch": asdict(batch_limiter.stats)},
    }


def main() -> None:
    plan = Plan(**json.loads(sys.argv[1]))
    warned: Counter[str] = Counter()

    def count_warning(message: Warning | str, category: type[Warning], *args: object, **kw: object) -> None:
        warned[f"{category.__name__}: {message}"[:200]] += 1

    warnings.simplefilter("always")
    warnings.showwarning = count_warning
    report = asyncio.run(soak(plan))
    report["warnings"] = dict(warned)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
