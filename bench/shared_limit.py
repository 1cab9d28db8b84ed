"""Two ``venice batch`` processes sharing one key's limit through Redis (a real redis-server on
127.0.0.1), against a loopback Venice enforcing ``LIMIT`` requests per ``WINDOW`` seconds.

Printed: the combined requests in every window the run covered entirely (min, median, max), their
mean as a share of the limit (goal: within 5%, i.e. >= 0.95, and never over), the 429s (goal: no
storm; 0 expected), and, side by side in the same run, the same two processes without Redis (each
with its own in-process limiter, learning only from the headers) for comparison.

Run: .venv/bin/python bench/shared_limit.py [--requests N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "tools"))
from loopback import API_KEY, LoopbackVenice
from redis_server import RedisServer

LIMIT, WINDOW = 300, 2.0


def write_input(path: Path, name: str, count: int) -> None:
    with open(path, "w") as file:
        for n in range(count):
            body = {"model": "m", "messages": [{"role": "user", "content": f"{name} {n}"}]}
            line = {"custom_id": f"{name}{n}", "method": "POST", "url": "/chat/completions", "body": body}
            file.write(json.dumps(line) + "\n")


def run_pair(tmp: Path, count: int, redis_url: str | None) -> tuple[list[int], int, int]:
    with LoopbackVenice(limit=LIMIT, window=WINDOW) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VENICE_")}
        env.update(VENICE_API_KEY=API_KEY, VENICE_BASE_URL=server.base_url)
        processes = []
        for name in ("a", "b"):
            source, out = tmp / f"{name}.jsonl", tmp / f"{name}-{bool(redis_url)}.out"
            write_input(source, name, count)
            argv = [sys.executable, "-m", "venice", "batch", str(source), "-o", str(out), "--no-progress"]
            argv += ["--redis", redis_url] if redis_url else []
            processes.append(subprocess.Popen(argv, env=env, stderr=subprocess.DEVNULL))
        for process in processes:
            process.wait()
        stats = server.stats.to_json()
        windows = [int((t - server.started) // WINDOW) for t in stats["accepted_at"]]
    full = range(min(windows) + 1, max(windows))  # windows the run covered entirely
    counts = [windows.count(w) for w in full]
    return counts, len(stats["rate_limited_at"]), stats["by_status"].get("200", 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000, help="per process")
    args = parser.parse_args()
    print(f"2 processes x {args.requests} requests; limit {LIMIT} per {WINDOW} s window")
    with tempfile.TemporaryDirectory() as tmp, RedisServer() as redis_url:
        for label, url in (("shared through Redis", redis_url), ("separate limiters", None)):
            counts, rate_limited, ok = run_pair(Path(tmp), args.requests, url)
            share = statistics.mean(counts) / LIMIT
            print(f"{label}:")
            print(f"  requests per full window : min {min(counts)}, median {statistics.median(counts):.0f}, "
                  f"max {max(counts)} over {len(counts)} windows: {counts}")  # fmt: skip
            verdict = "met" if share >= 0.95 and max(counts) <= LIMIT else "missed"
            print(f"  combined rate / limit    : {share:.3f} (goal 0.95..1.00: {verdict})")
            print(f"  429 answers              : {rate_limited}; 200 answers {ok} of {2 * args.requests}")


if __name__ == "__main__":
    main()
