"""The soak (issue 16, item 5), shared by ``bench/soak.py`` (10 minutes) and ``test_soak.py`` (seconds):
a loopback Venice that answers slowly, drips, resets and refuses, and the client process
(``soak_client.py``) that runs a sync client, an async client and a batch run against it.

The server (in a thread of this process; the client runs in a child so that its measures are its
own) enforces ``LIMIT`` requests per ``WINDOW`` seconds with Venice's headers (429 past it, with
``x-ratelimit-remaining-requests``, ``x-ratelimit-reset-requests`` as a Unix timestamp and
``Date``), locks the key out after more than ``LOCKOUT_FAILURES`` failures in ``LOCKOUT_WINDOW``
seconds, answers 500 to 5% of first attempts, and slows, drips or resets a share of chat answers
(``MIX``). Time is scaled as in ``bench/batch_limits.py``: a 3 s "minute", a 1.5 s lockout window.

``verdicts`` judges a report against "flat": what the table in ``bench/soak.py`` shows and
``test_soak.py`` asserts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from loopback import LoopbackVenice
from loopback_faults import FaultMix
from soak_client import WATCHDOG, Plan

LIMIT, WINDOW = 300, 3.0
LOCKOUT_FAILURES, LOCKOUT_WINDOW = 20, 1.5
FAILURE_RATE = 0.05
MIX = FaultMix(slow=0.10, slow_delay=3.0, drip=0.05, drip_pieces=8, drip_interval=0.15, reset=0.03)
CLIENT = Path(__file__).with_name("soak_client.py")

RSS_GROWTH = 0.10  # end over after warm-up
FD_SLACK = 8  # descriptors besides the server connections the end may hold over the warm-up sample
CONNECTION_SLACK = 8


def run_soak(seconds: float, every: float) -> dict[str, Any]:
    """Run the mix for ``seconds``, sampling every ``every`` seconds; the client's report, with the
    server's counts under ``"server"``."""
    server = LoopbackVenice(
        limit=LIMIT,
        window=WINDOW,
        failure_rate=FAILURE_RATE,
        lockout_failures=LOCKOUT_FAILURES,
        lockout_window=LOCKOUT_WINDOW,
        faults=MIX,
    )
    with tempfile.TemporaryDirectory() as workdir, server:
        lines = int(LIMIT / WINDOW * seconds * 1.1) + 200  # more than the key's limit lets through
        plan = Plan(server.base_url, seconds, every, workdir, lines, failure_window=LOCKOUT_WINDOW)
        child = subprocess.run(
            [sys.executable, str(CLIENT), json.dumps(asdict(plan))],
            capture_output=True,
            text=True,
            check=False,
            timeout=seconds + 60 + 3 * WATCHDOG,
        )
        stats = server.stats.to_json()
    if child.returncode != 0:
        raise RuntimeError(f"the soak client failed ({child.returncode}):\n{child.stderr[-4000:]}")
    report: dict[str, Any] = json.loads(child.stdout)
    report["server"] = {
        "by_status": stats["by_status"],
        "rate_limited": len(stats["rate_limited_at"]),
        "lockouts": stats["lockouts"],
        "faults": stats["faults"],
        "processed_twice": stats["processed_twice"],
    }
    report["stderr"] = child.stderr[-2000:]
    return report


@dataclass
class Verdict:
    name: str
    met: bool
    detail: str


def warm_sample(report: dict[str, Any]) -> dict[str, Any]:
    """The first sample past a tenth of the run (imports, pools and the batch input are in place)."""
    samples = report["samples"]
    warm_at = report["plan"]["seconds"] / 10
    return next((s for s in samples if s["t"] >= warm_at), samples[0])


def end_sample(report: dict[str, Any]) -> dict[str, Any]:
    """The last sample of the run itself (those after it show the batch's graceful stop)."""
    samples = report["samples"]
    return next((s for s in reversed(samples) if s["t"] <= report["plan"]["seconds"]), samples[-1])


def established(sample: dict[str, Any]) -> int:
    return int(sample["connections"].get("established", 0))


def other_fds(sample: dict[str, Any]) -> int:
    """Open descriptors besides the sockets to the server (in any TCP state), whose number follows
    the calls in flight and is bounded by "connections flat"."""
    return int(sample["fds"]) - sum(sample["connections"].values())


def verdicts(report: dict[str, Any]) -> list[Verdict]:
    plan, samples, calls, batch = report["plan"], report["samples"], report["calls"], report["batch"]
    warm, end = warm_sample(report), end_sample(report)
    growth = end["rss"] / warm["rss"] - 1
    users = {"client": plan["threads"] + plan["tasks"], "batch": plan["concurrency"]}
    held = {
        name: {key: max(s["limiters"][name][key] for s in samples) for key in samples[0]["limiters"][name]}
        for name in users
    }
    bounded = all(
        held[name]["in_flight"] <= n
        and held[name]["waiting"] <= n
        and held[name]["queued_answers"] <= n
        and held[name]["recent_failures"] <= plan["max_failures"] + n
        for name, n in users.items()
    )
    lost = batch.get("lost", batch["total"])
    closed, baseline = report["closed"], report["baseline"]
    return [
        Verdict(
            "RSS flat",
            growth <= RSS_GROWTH,
            f"end {end['rss'] / 2**20:.1f} MB vs {warm['rss'] / 2**20:.1f} MB after warm-up "
            f"(t={warm['t']:g} s): {growth:+.1%} (goal <= +{RSS_GROWTH:.0%})",
        ),
        Verdict(
            "fds flat",
            other_fds(end) <= other_fds(warm) + FD_SLACK,
            f"besides server connections, end {other_fds(end)} vs {other_fds(warm)} after warm-up "
            f"(goal <= +{FD_SLACK}; all fds: {end['fds']} vs {warm['fds']})",
        ),
        Verdict(
            "connections flat",
            established(end) <= max(established(warm), sum(users.values())) + CONNECTION_SLACK
            and end["connections"].get("close_wait", 0) <= CONNECTION_SLACK,
            f"end {end['connections']} vs {warm['connections']} after warm-up (goal: established <= "
            f"{sum(users.values())} callers + {CONNECTION_SLACK}, close_wait <= {CONNECTION_SLACK})",
        ),
        Verdict(
            "limiter state bounded",
            bounded,
            "max over the run: " + "; ".join(f"{n} {held[n]} (callers {users[n]})" for n in users),
        ),
        Verdict(
            "back to baseline after close",
            closed["fds"] <= baseline["fds"] and not closed["connections"],
            f"fds {closed['fds']} (baseline {baseline['fds']}), connections {closed['connections'] or 0}",
        ),
        Verdict(
            "batch: nothing lost or duplicated",
            lost == 0 and batch["duplicated"] == 0 and batch["stray"] == 0 and batch.get("abandoned") == 0,
            f"{batch['lines']} lines for {batch['total']} requests, {batch.get('remaining')} left for a "
            f"resume; lost {lost}, duplicated {batch['duplicated']}, stray {batch['stray']}, "
            f"abandoned {batch.get('abandoned')}, error lines {batch['errors'] or 0}",
        ),
        Verdict(
            "batch ran to the deadline",
            batch.get("stopped_by") == "SIGINT",
            f"stopped by {batch.get('stopped_by')} after {batch.get('elapsed')} s; longest pause between "
            f"finished requests {batch['longest_pause']} s"
            + (f"; {batch['untyped']}" if "untyped" in batch else ""),
        ),
        Verdict(
            "every call ended typed",
            not calls["untyped"]
            and calls["hung"] == 0
            and calls["still_running"] == 0
            and not report["warnings"],
            f"{calls['started']} calls: {calls['ended']}; untyped {calls['untyped'] or 0}, "
            f"hung {calls['hung']}, still running {calls['still_running']}, "
            f"warnings {report['warnings'] or 0}",
        ),
    ]
