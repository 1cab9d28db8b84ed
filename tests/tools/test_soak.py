"""A short soak (issue 16, item 5; the 10-minute one is ``bench/soak.py``, same mix, same judging).

A sync client, an async client and a batch run for 20 s against a loopback Venice that answers
slowly, drips bodies, resets connections mid-answer, sends 429s with its rate-limit headers and 500s
to 5% of first attempts (``soak_run.py``). What is asserted does not depend on the machine's speed:
nothing lost or duplicated by the batch, every call ended with a ``VeniceError`` or an answer (no
other exception, none past its watchdog, no warning), the limiters' state bounded by their callers,
and file descriptors and connections back to the baseline once the clients are closed. The only
time bounds are watchdogs, ten times the calls' own total timeout. Whether RSS, fds and connections
stay flat during the run is the benchmark's to report, not a test's to assert.
"""

from __future__ import annotations

from soak_run import run_soak, verdicts

ASSERTED = [
    "back to baseline after close",
    "batch: nothing lost or duplicated",
    "batch ran to the deadline",
    "every call ended typed",
    "limiter state bounded",
]


def test_a_short_soak_loses_nothing_ends_every_call_typed_and_gives_everything_back() -> None:
    report = run_soak(seconds=20, every=2)
    judged = {verdict.name: verdict for verdict in verdicts(report)}
    missed = [f"{name}: {judged[name].detail}" for name in ASSERTED if not judged[name].met]
    assert missed == [], missed
    # The mix happened (these are chosen by hashes of the requests, so they always do). 429s come from
    # the two limiters sharing the key's window, as often as their estimates miss: not asserted.
    server = report["server"]
    assert set(server["faults"]) == {"slow", "drip", "reset"}, server
    assert server["by_status"].get("500", 0) > 0, server
    assert report["calls"]["started"] > 100 and report["batch"]["lines"] > 100, report["batch"]
