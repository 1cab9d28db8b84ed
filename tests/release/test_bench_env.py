"""The bench-only environment (scripts/bench_env.py, `make bench`) pins every package it adds, and
none of them reaches the runtime dependencies or the main .venv's lock; the write_to_file bench
runs (a few MB, no timing checked: benchmarks give verdicts, tests do not)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import bench_env

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][0-9A-Za-z.+!-]*)$")


def _pins(lock: Path) -> dict[str, str]:
    lines = [line.strip() for line in lock.read_text().splitlines()]
    requirements = [line for line in lines if line and not line.startswith("#")]
    pins = {}
    for line in requirements:
        match = PIN.match(line)
        assert match, f"{lock.name}: not an exact pin: {line!r}"
        pins[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return pins


def test_the_bench_env_installs_both_locks_and_every_line_is_an_exact_pin() -> None:
    assert bench_env.LOCKS == (ROOT / "requirements.lock", ROOT / "bench" / "requirements.lock")
    for lock in bench_env.LOCKS:
        _pins(lock)


def test_the_peers_are_pinned_for_the_bench_only() -> None:
    main, bench = (_pins(lock) for lock in bench_env.LOCKS)
    assert bench["venice-ai"] == "2.1.2" and "openai" in main  # openai: the tests use it too
    assert not set(main) & set(bench), "a package pinned in both locks"
    runtime = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {re.split(r"[<>=!~\[ ;]", requirement)[0].lower() for requirement in runtime}
    assert not names & set(bench)


def test_the_write_speed_bench_runs_and_gives_a_verdict() -> None:
    args = ["--size", "4", "--rounds", "2"]
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "write_speed.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "write_to_file / streaming response (wall)" in proc.stdout
    assert "target >= 1.0x" in proc.stdout
