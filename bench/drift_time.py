"""Time the semantic diff over the monthly series (last spec of each month, 2025-06 to 2026-07: 13 pairs).

Prints the parse time (each file once, with `specio.load_spec`), the diff time per pair and in total, and
their sum. A benchmark, not a test: the issue's target is under 10 s in total on the reference machine.
Usage: python bench/drift_time.py [--repeat N]   (VENICE_SPEC_MIRROR overrides ../shared/venice-spec)
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from pipeline.drift import diff_specs  # noqa: E402
from pipeline.specio import load_spec  # noqa: E402

HISTORY = Path(os.environ.get("VENICE_SPEC_MIRROR") or REPO.parent / "shared" / "venice-spec") / "history"


def monthly_series() -> list[Path]:
    """The last history file of each month, in order (from `history/index.tsv`)."""
    last: dict[str, str] = {}
    for line in (HISTORY / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            name = line.split("\t")[0]
            last[name[:6]] = name
    return [HISTORY / last[month] for month in sorted(last)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="diff passes; the best one is reported")
    args = parser.parse_args()
    files = monthly_series()
    start = time.perf_counter()
    docs = [load_spec(path) for path in files]
    parse_s = time.perf_counter() - start
    best: list[float] = []
    for _ in range(args.repeat):
        times = []
        for old, new in itertools.pairwise(docs):
            t0 = time.perf_counter()
            diff_specs(old, new)
            times.append(time.perf_counter() - t0)
        if not best or sum(times) < sum(best):
            best = times
    for (old_path, new_path), seconds in zip(itertools.pairwise(files), best, strict=True):
        print(f"{old_path.name[:15]} -> {new_path.name[:15]}  diff {seconds * 1000:7.1f} ms")
    diff_s = sum(best)
    print(f"pairs: {len(best)}  files parsed: {len(files)}")
    print(f"parse (each file once): {parse_s:6.2f} s")
    print(f"diff (all pairs, best of {args.repeat}): {diff_s:6.2f} s")
    print(f"total: {parse_s + diff_s:6.2f} s (target < 10 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
