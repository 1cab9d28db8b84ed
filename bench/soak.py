"""Soak (issue 16, item 5): a sync client, an async client and a batch run for 10 minutes against a
loopback Venice that answers slowly, drips bodies, resets connections mid-answer, sends 429s with
Venice's rate-limit headers and 500s to 5% of first attempts.

The mix and the judging are shared with the short test (``tests/tools/soak_run.py``; the client
process, ``tests/tools/soak_client.py``, says what runs). The client process samples itself every
``--every`` seconds: open fds, its connections to the server (by TCP state), RSS, calls started and
ended, batch lines written, and both rate limiters' ``snapshot()`` (waiting, in flight, failures
remembered, answers queued). Printed: the table at the start, after warm-up (a tenth of the run),
in the middle and at the end of the run, once every call has ended, and after closing, with the
minimum and maximum of each column over the run; how calls ended (by exception type) and the batch's
lines; then a verdict per quantity against "flat" (``soak_run.verdicts``).

Run: .venv/bin/python bench/soak.py [--minutes 10] [--quick] [--every SECONDS] [--curve]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "tools"))
from soak_run import (
    LIMIT,
    LOCKOUT_FAILURES,
    LOCKOUT_WINDOW,
    MIX,
    WINDOW,
    end_sample,
    run_soak,
    verdicts,
    warm_sample,
)

COLUMNS = " | ".join(
    [
        "t s",
        "calls started/ended",
        "batch lines",
        "conns est/other",
        "fds",
        "RSS MB",
        "client limiter",
        "batch limiter",
    ]
)


def limiter_cell(state: dict[str, Any]) -> str:
    return f"{state['waiting']}/{state['in_flight']}/{state['recent_failures']}/{state['queued_answers']}"


def row(name: str, s: dict[str, Any]) -> str:
    conns = s["connections"]
    est = conns.get("established", 0)
    other = sum(conns.values()) - est
    t = f"{s['t']:>6.1f}" if "t" in s else "     -"
    calls = f"{s.get('calls_started', '-')}/{s.get('calls_ended', '-')}"
    limiters = s.get("limiters")
    cells = f"{limiter_cell(limiters['client'])} | {limiter_cell(limiters['batch'])}" if limiters else "- | -"
    return (
        f"{name:<9} {t} | {calls:>13} | {s.get('batch_done', '-')!s:>6} | {est:>3}/{other:<3} | "
        f"{s['fds']:>4} | {s['rss'] / 2**20:6.1f} | {cells}"
    )


def extremes(samples: list[dict[str, Any]]) -> list[str]:
    def pick(best: Any) -> dict[str, Any]:
        limiters = {
            name: {k: best(s["limiters"][name][k] for s in samples) for k in samples[0]["limiters"][name]}
            for name in samples[0]["limiters"]
        }
        return {
            "connections": {"established": best(s["connections"].get("established", 0) for s in samples)},
            "fds": best(s["fds"] for s in samples),
            "rss": best(s["rss"] for s in samples),
            "limiters": limiters,
        }

    return [row("min", pick(min)), row("max", pick(max))]


def print_report(report: dict[str, Any], curve: bool) -> None:
    samples = report["samples"]
    middle = min(samples, key=lambda s: abs(s["t"] - report["plan"]["seconds"] / 2))
    legend = "\n(limiters: waiting/in flight/failures remembered/answers queued; min/max from warm-up to end)"
    if curve:
        print(COLUMNS + legend)
        for sample in samples:
            print(row("sample", sample))
        print()
    print(COLUMNS + legend)
    labelled = [samples[0], warm_sample(report), middle, end_sample(report)]
    for name, sample in zip(["start", "warm-up", "middle", "end"], labelled, strict=True):
        print(row(name, sample))
    print(row("finished", report["finished"]))
    print(row("closed", report["closed"]))
    print(row("baseline", report["baseline"]))
    steady = [s for s in samples if warm_sample(report)["t"] <= s["t"] <= end_sample(report)["t"]]
    for line in extremes(steady):
        print(line)
    calls, batch, server = report["calls"], report["batch"], report["server"]
    print(f"\ncalls: {calls['started']} started, ended {calls['ended']}, untyped {calls['untyped'] or 0}")
    print(f"batch: {json.dumps(batch)}")
    print(f"server: {json.dumps(server)}")
    print(f"limiters: {json.dumps(report['limiter_stats'])}")
    print(
        "(processed twice: bodies the server answered 200 twice; a call that gave up on a slow answer at its"
    )
    print(" 2 s read timeout, while the server went on answering, and retried counts here)")
    print(f"load: {report.get('load', '?')}\n")
    width = max(len(v.name) for v in verdicts(report))
    for verdict in verdicts(report):
        print(f"{verdict.name:<{width}} : {'met' if verdict.met else 'MISSED'}: {verdict.detail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--quick", action="store_true", help="one minute (make bench)")
    parser.add_argument(
        "--every", type=float, help="seconds between samples (default: 1/60 of the run, >= 2)"
    )
    parser.add_argument("--curve", action="store_true", help="print every sample, not only start/middle/end")
    parser.add_argument("--json", type=Path, help="also write the whole report (every sample) there")
    args = parser.parse_args()
    seconds = 60.0 if args.quick else args.minutes * 60
    every = args.every or max(seconds / 60, 2.0)
    print(
        f"soak {seconds:g} s, a sample every {every:g} s; server: {LIMIT} requests per {WINDOW:g} s, "
        f"lockout > {LOCKOUT_FAILURES} failures in {LOCKOUT_WINDOW:g} s, 5% 500s, chat answers "
        f"{MIX.slow:.0%} slow (<= {MIX.slow_delay:g} s), {MIX.drip:.0%} dripped "
        f"({MIX.drip_pieces} x {MIX.drip_interval:g} s), {MIX.reset:.0%} reset mid-answer; "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f} at the start",
        flush=True,
    )
    report = run_soak(seconds, every)
    report["load"] = f"{os.getloadavg()[0]:.2f} (1 min) / {os.getloadavg()[2]:.2f} (15 min) at the end"
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    print_report(report, args.curve)
    return 0 if all(v.met for v in verdicts(report)) else 1


if __name__ == "__main__":
    sys.exit(main())
