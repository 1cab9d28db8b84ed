"""Wall time of a full `make regen` (pull -> normalise -> overlays -> generate -> ruff -> verify -> install).

Runs the real Make target in fresh processes, a few times, and prints every run and the median.
Target: under 15 s on a 2-core machine. Run: `.venv/bin/python bench/regen_time.py [RUNS]`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run() -> float:
    start = time.perf_counter()
    subprocess.run(["make", "-s", "regen"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    times = [one_run() for _ in range(runs)]
    print(
        f"make regen wall time over {runs} runs on {os.cpu_count()} cores: "
        + ", ".join(f"{t:.2f}s" for t in times)
    )
    print(
        f"median {statistics.median(times):.2f}s (target < 15 s): "
        f"{'met' if statistics.median(times) < 15 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
