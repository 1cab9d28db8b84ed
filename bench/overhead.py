"""Per-call overhead: ``client.chat.completions.create`` vs a raw ``httpx.Client.post`` (+ json.loads)
of the same request (same URL and JSON body, checked) against the same local server on 127.0.0.1.

The server runs in a child process (``--thread`` runs it in a thread of this process instead, as
the first version of this benchmark did). Both callers are warmed up, then measured call by call
in alternation; prints the medians of the round means, their difference and the ratio.

Run: .venv/bin/python bench/overhead.py [--thread] [--rounds N] [--calls N]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _server import spawn, start

import venice

TARGET = 1.10  # venice's per-call time over raw httpx's, same request and server
MODEL = "zai-org-glm-5-1"
MESSAGES = [{"role": "user", "content": "Hello there"}]


@contextlib.contextmanager
def server(thread: bool) -> Iterator[str]:
    if thread:
        srv, url = start()
        yield url
        srv.shutdown()
    else:
        with spawn() as url:
            yield url


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--thread", action="store_true", help="serve from a thread of this process")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    with server(args.thread) as base_url:
        raw = httpx.Client(base_url=base_url, headers={"Authorization": "Bearer k"})
        client = venice.Venice(api_key="k", base_url=base_url, max_retries=0)
        body = {"model": MODEL, "messages": MESSAGES}

        def run_raw() -> None:
            r = raw.post("/chat/completions", json=body)
            r.raise_for_status()
            _ = json.loads(r.content)["choices"][0]["message"]["content"]

        def run_venice() -> None:
            _ = client.chat.completions.create(model=MODEL, messages=MESSAGES).choices[0].message.content

        # Same request on the wire: same URL, method and body bytes.
        # (the client's own httpx client takes the direct route, past event hooks: its transport
        # records instead)
        sent: list[httpx.Request] = []
        raw.event_hooks["request"] = [sent.append]
        run_raw()
        raw.event_hooks["request"] = []
        assert client._route is not None
        transport = client._route.transport
        send = transport.handle_request
        transport.handle_request = lambda request: (sent.append(request), send(request))[1]
        run_venice()
        del transport.handle_request
        assert (sent[0].method, sent[0].url) == (sent[1].method, sent[1].url)
        assert json.loads(sent[0].content) == json.loads(sent[1].content)  # key order may differ
        assert len(sent[0].content) == len(sent[1].content)

        runners: list[tuple[str, Callable[[], None]]] = [("raw httpx", run_raw), ("venice", run_venice)]
        for _, fn in runners:  # warm up connections and lazy imports
            for _ in range(200):
                fn()
        # Calls alternate one by one (the order flips every pair), so that both callers see the
        # same background load; each round yields one mean per caller, and the medians of those
        # round means are reported (means keep the garbage-collection cost each caller causes).
        results: dict[str, list[float]] = {name: [] for name, _ in runners}
        clock = time.perf_counter
        for _ in range(args.rounds):
            totals = dict.fromkeys(results, 0.0)
            for i in range(args.calls):
                for name, fn in runners if i % 2 == 0 else runners[::-1]:
                    start_t = clock()
                    fn()
                    totals[name] += clock() - start_t
            for name, total in totals.items():
                results[name].append(total / args.calls * 1e6)
    raw_med, venice_med = (statistics.median(results[k]) for k in ("raw httpx", "venice"))
    where = "thread in this process" if args.thread else "child process"
    print(f"server                : 127.0.0.1, {where}")
    print(f"raw httpx.Client.post : {raw_med:8.1f} us/call (median of {args.rounds} rounds x {args.calls})")
    print(f"venice create()       : {venice_med:8.1f} us/call")
    print(f"difference            : {venice_med - raw_med:8.1f} us/call")
    ratio = venice_med / raw_med
    spread = f"rounds {min(results['venice']):.0f}-{max(results['venice']):.0f} us/call"
    verdict = "met" if ratio <= TARGET else "MISSED"
    print(f"ratio                 : {ratio:8.3f}x ({spread}) {verdict} (target <= {TARGET:.2f}x)")


if __name__ == "__main__":
    main()
