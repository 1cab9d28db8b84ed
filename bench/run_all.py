"""Run every benchmark in bench/ one after the other (`make bench`), each in its own process.

Each benchmark prints its own medians and ratios measured side by side; this only sequences them.
An entry may carry arguments: the soak runs here for one minute (`--quick`); its 10-minute run
(`bench/soak.py` without arguments) is run on its own.
`make bench` runs it in the bench environment (.venv-bench, scripts/bench_env.py), which has the
peers that peers.py compares with.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = [
    "regen_time.py",
    "drift_time.py",
    "import_time.py",
    "helpers_cost.py",
    "overhead.py",
    "sse_throughput.py",
    "binary_rss.py",
    "write_speed.py",
    "hostile_rss.py",
    "deadlines.py",
    "throughput.py",
    "peers.py",
    "helpers_loc.py",
    "timer_cost.py",
    "batch_limits.py",
    "batch_throughput.py",
    "shared_limit.py",
    "batch_redis_kill.py",
    "batch_disk_full.py",
    "clock_skew.py",
    "soak.py --quick",
]


def main() -> int:
    here = Path(__file__).resolve().parent
    failed = []
    for entry in BENCHMARKS:
        name, *args = entry.split()
        print(f"\n== {entry} ==", flush=True)
        if subprocess.run([sys.executable, str(here / name), *args], check=False).returncode != 0:
            failed.append(entry)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
