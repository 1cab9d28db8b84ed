"""Import time of ``venice`` next to ``openai``, each in fresh processes; median of several runs.

Run: .venv/bin/python bench/import_time.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys

RUNS = 11
SNIPPET = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def measure(module: str) -> float:
    times = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", SNIPPET.format(module=module)], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout))
    return statistics.median(times) * 1000


def main() -> None:
    results = {m: measure(m) for m in ("venice", "openai", "venice_api.models")}
    print(f"import venice            : {results['venice']:7.1f} ms (median of {RUNS} fresh processes)")
    print(f"import openai            : {results['openai']:7.1f} ms")
    print(f"ratio venice / openai    : {results['venice'] / results['openai']:7.2f}x")
    print(f"(import venice_api.models: {results['venice_api.models']:7.1f} ms, paid on the first API call)")


if __name__ == "__main__":
    main()
