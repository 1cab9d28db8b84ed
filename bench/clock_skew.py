"""The limiter against a loopback Venice whose clock is 10 minutes ahead, behind, and right (issue 16.4).

Usage: python bench/clock_skew.py [--requests N] [--limit L] [--window W] [--cap SECONDS]

One sync client behind ``RateLimiter`` sends N chat calls one after another to a server enforcing L
requests per W-second window, whose ``Date`` header, reset timestamps (``x-ratelimit-reset-requests``,
Unix milliseconds) and windows run off this machine's clock. Prints, per offset: the limiter's sleeps
(count, longest, total), the 429s the server sent, the errors the client raised, and whether a sleep
longer than the cap stopped the run (it is reported, not slept). All on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "tools"))
from clock_skew import run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--requests", type=int, default=15)
    parser.add_argument("--limit", type=int, default=5)
    parser.add_argument("--window", type=float, default=2.0)
    parser.add_argument("--cap", type=float, default=30.0, help="stop at a sleep longer than this (s)")
    args = parser.parse_args()
    for offset in (600.0, -600.0, 0.0):
        result = run(offset, requests=args.requests, limit=args.limit, window=args.window, cap=args.cap)
        print(json.dumps(result.summary()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
