"""Redis killed at a random point of a ``venice batch --redis`` run, three times (issue 16, item 3).

Each trial runs a 2,000-request batch against a loopback Venice enforcing ``LIMIT`` requests per
``WINDOW`` seconds, sharing its limit through a real redis-server on 127.0.0.1; when the output
holds a random number of lines, redis-server is killed (SIGKILL) and started again on the same
port after a random pause. The documented behaviour: the run goes on with its own limiter and a
warning, shares the limit again once Redis answers, and exits 0.

Printed per trial: where Redis was killed and for how long, the exit status, whether the warnings
came, the results lost (custom_ids with no line) and duplicated (custom_ids with two lines, plus
requests the server answered 200 more than once), the 429s and the run time.
Goal: 0 lost and 0 duplicated, exit 0, no traceback.

Run: .venv/bin/python bench/batch_redis_kill.py [--requests 2000] [--trials 3] [--seed 16]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "tools"))
from batch_files import line_count, write_requests
from loopback import API_KEY, LoopbackVenice
from redis_server import RedisServer

LIMIT, WINDOW = 400, 1.0


def trial(tmp: Path, count: int, rng: random.Random) -> str:
    source, out = tmp / "in.jsonl", tmp / f"out-{rng.random():.6f}.jsonl"
    write_requests(source, count)
    kill_at, down = rng.randint(count // 20, count - count // 20), rng.uniform(0.3, 2.0)
    redis = RedisServer()
    with redis as redis_url, LoopbackVenice(limit=LIMIT, window=WINDOW) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VENICE_")}
        env.update(VENICE_API_KEY=API_KEY, VENICE_BASE_URL=server.base_url)
        argv = [sys.executable, "-m", "venice", "batch", str(source), "-o", str(out), "--no-progress"]
        argv += ["--redis", redis_url, "--concurrency", "32"]
        start = time.monotonic()
        process = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)
        while line_count(out) < kill_at and process.poll() is None:
            time.sleep(0.002)
        killed_at = line_count(out)
        redis.kill()
        time.sleep(down)
        redis.start()
        _, errors = process.communicate(timeout=600)
        elapsed = time.monotonic() - start
        stats = server.stats.to_json()
    ids = [json.loads(line)["custom_id"] for line in out.read_text().splitlines()]
    lost = count - len(set(ids))
    duplicated = len(ids) - len(set(ids)) + stats["processed_twice"]
    warned = "is unreachable" in errors and "answers again" in errors
    return (
        f"killed at line {killed_at:>4} for {down:.1f} s: exit {process.returncode}, warnings "
        f"{'yes' if warned else 'NO'}, traceback {'YES' if 'Traceback' in errors else 'no'}, "
        f"lost {lost}, duplicated {duplicated}, 429s {len(stats['rate_limited_at'])}, {elapsed:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(f"{args.requests} requests per run, limit {LIMIT} per {WINDOW:g} s, redis-server killed once a run")
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(1, args.trials + 1):
            print(f"trial {n}: {trial(Path(tmp), args.requests, rng)}", flush=True)


if __name__ == "__main__":
    main()
