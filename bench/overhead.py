"""Per-call overhead: ``client.chat.completions.create`` vs a raw ``httpx.Client.post`` (+ json.loads)
of the same request against the same local server, interleaved; prints medians and the ratio.

Run: .venv/bin/python bench/overhead.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _server import start

import venice

CALLS, ROUNDS = 300, 9
MESSAGES = [{"role": "user", "content": "Hello there"}]


def main() -> None:
    server, base_url = start()
    raw = httpx.Client(base_url=base_url, headers={"Authorization": "Bearer k"})
    client = venice.Venice(api_key="k", base_url=base_url, max_retries=0)
    body = {"model": "zai-org-glm-5-1", "messages": MESSAGES}

    def run_raw() -> None:
        r = raw.post(
            "/chat/completions", content=json.dumps(body), headers={"Content-Type": "application/json"}
        )
        json.loads(r.content)["choices"][0]["message"]["content"]

    def run_venice() -> None:
        _ = (
            client.chat.completions.create(model="zai-org-glm-5-1", messages=MESSAGES)
            .choices[0]
            .message.content
        )

    for fn in (run_raw, run_venice):  # warm up connections and lazy imports
        for _ in range(50):
            fn()
    results: dict[str, list[float]] = {"raw httpx": [], "venice": []}
    for _ in range(ROUNDS):
        for name, fn in (("raw httpx", run_raw), ("venice", run_venice)):
            start_t = time.perf_counter()
            for _ in range(CALLS):
                fn()
            results[name].append((time.perf_counter() - start_t) / CALLS * 1e6)
    raw_med, venice_med = (statistics.median(results[k]) for k in ("raw httpx", "venice"))
    print(f"raw httpx.Client.post : {raw_med:8.1f} us/call (median of {ROUNDS} x {CALLS})")
    print(f"venice create()       : {venice_med:8.1f} us/call")
    print(f"ratio                 : {venice_med / raw_med:8.3f}x (target <= 1.15x)")
    server.shutdown()


if __name__ == "__main__":
    main()
