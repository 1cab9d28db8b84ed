"""``venice batch`` on 10,000 requests against a loopback Venice that enforces a per-window limit with
Venice's headers, the failed-request lockout, and fails 5% of first attempts with 500.

Time is scaled by 1/20 so the run takes about a minute: a "minute" window of 3 s with 500
requests, the lockout after more than 20 failures in 1.5 s (Venice: 30 s), and the batch told the
same (``--failure-window 1.5``). Two runs, side by side:

1. uninterrupted;
2. the same command killed (SIGKILL) at three random points and rerun until it finishes.

Printed: lines lost and duplicated (goal 0 and 0), 429s after the first window (goal 0), lockouts,
wall time against the theoretical minimum under the limit (``(ceil(sent / limit) - 1) * window``:
every window full, the last one sent at its very start), whether the resumed output is identical to
the uninterrupted one (as sets of lines: completion order differs), and the requests the server
processed twice (those in flight at each kill, sent again on resume: the cost of SIGKILL).

Run: .venv/bin/python bench/batch_limits.py [--requests N]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "tools"))
from batch_files import line_count, write_requests
from loopback import API_KEY, LoopbackVenice

LIMIT, WINDOW = 500, 3.0
LOCKOUT_FAILURES, LOCKOUT_WINDOW = 20, 1.5
FAILURE_RATE = 0.05
ARGS = ("--concurrency", "32", "--failure-window", str(LOCKOUT_WINDOW), "--no-progress")


def command(fake: LoopbackVenice, source: Path, out: Path) -> tuple[list[str], dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VENICE_")}
    env.update(VENICE_API_KEY=API_KEY, VENICE_BASE_URL=fake.base_url)
    return [sys.executable, "-m", "venice", "batch", str(source), "-o", str(out), *ARGS], env


def check(out: Path, expected: int) -> tuple[int, int, set[str]]:
    lines = out.read_text().splitlines()
    ids = [json.loads(line)["custom_id"] for line in lines]
    return expected - len(set(ids)), len(ids) - len(set(ids)), set(lines)


def met(ok: bool) -> str:
    return "met" if ok else "missed"


def report(name: str, fake: LoopbackVenice, wall: float, out: Path, count: int, *, timed: bool) -> set[str]:
    stats = fake.stats.to_json()
    sent = sum(stats["by_status"].values()) - len(stats["rate_limited_at"])
    minimum = (math.ceil(sent / LIMIT) - 1) * WINDOW
    late_429 = [t for t in stats["rate_limited_at"] if t >= fake.started + WINDOW]
    lost, duplicated, lines = check(out, count)
    ratio = wall / minimum
    print(f"{name}:")
    print(
        f"  lines lost / duplicated       : {lost} / {duplicated} (goal 0 / 0: {met(not lost + duplicated)})"
    )
    total_429 = len(stats["rate_limited_at"])
    print(f"  429s (after the first window) : {total_429} ({len(late_429)}; goal 0: {met(not late_429)})")
    print(f"  lockouts                      : {stats['lockouts']}")
    print(
        f"  accepted by the server        : {sent} ({stats['by_status'].get('500', 0)} answered 500, retried)"
    )
    goal = f" (goal <= 1.15x: {met(ratio <= 1.15)})" if timed else " (includes 4 process starts and kills)"
    print(
        f"  wall time                     : {wall:.1f} s; theoretical minimum {minimum:.1f} s;"
        f" {ratio:.2f}x{goal}"
    )
    print(f"  processed twice by the server : {stats['processed_twice']}")
    return lines


def server() -> LoopbackVenice:
    return LoopbackVenice(
        limit=LIMIT,
        window=WINDOW,
        failure_rate=FAILURE_RATE,
        lockout_failures=LOCKOUT_FAILURES,
        lockout_window=LOCKOUT_WINDOW,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        source, whole, resumed = Path(tmp, "in.jsonl"), Path(tmp, "whole.jsonl"), Path(tmp, "resumed.jsonl")
        write_requests(source, args.requests)
        print(
            f"{args.requests} requests; limit {LIMIT} per {WINDOW} s window; lockout > {LOCKOUT_FAILURES} "
            f"failures in {LOCKOUT_WINDOW} s; {FAILURE_RATE:.0%} of first attempts fail (time scaled 1/20)"
        )
        with server() as fake:
            argv, env = command(fake, source, whole)
            start = time.monotonic()
            subprocess.run(argv, env=env, check=False, stderr=subprocess.DEVNULL)
            whole_lines = report(
                "uninterrupted", fake, time.monotonic() - start, whole, args.requests, timed=True
            )

        with server() as fake:
            argv, env = command(fake, source, resumed)
            start = time.monotonic()
            kills = []
            for _ in range(3):
                process = subprocess.Popen(
                    argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                target = line_count(resumed) + rng.randint(args.requests // 20, args.requests // 5)
                while line_count(resumed) < target and process.poll() is None:
                    time.sleep(0.01)
                process.send_signal(signal.SIGKILL)
                process.wait()
                kills.append(line_count(resumed))
            subprocess.run(argv, env=env, check=False, stderr=subprocess.DEVNULL)
            wall = time.monotonic() - start
            name = f"killed at {kills} lines, resumed"
            resumed_lines = report(name, fake, wall, resumed, args.requests, timed=False)
        same = resumed_lines == whole_lines
        print(
            f"resumed output identical to the uninterrupted one: {same} (goal: {'met' if same else 'missed'})"
        )


if __name__ == "__main__":
    main()
