"""Per-call overhead: ``client.chat.completions.create`` vs the raw transport it uses, that is an
``httpx.Client`` on the same httpcore2 pool posting the same request (same URL and JSON body,
checked) + ``json.loads``, against the same loopback server (``_fast_server.py``, in a child process).

Both callers are warmed up, then measured call by call in alternation; prints the medians of the
round means (wall clock and process CPU), their difference and the ratio within each round.
(``bench/peers.py`` measures the same calls beside openai-python and the community client.)

Run: .venv/bin/python bench/overhead.py [--rounds N] [--calls N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _fast_server import spawn
from _rounds import figure, interleave_calls, round_ratios, verdict

import venice
from venice._transports._pool import PoolTransport

TARGET = 1.10  # venice's per-call time over its raw transport's, same request and server
MODEL = "zai-org-glm-5-1"
MESSAGES = [{"role": "user", "content": "Hello there"}]
RAW = "raw transport"
VENICE = "venice"


def raw_transport(base_url: str) -> httpx.Client:
    """What the client sends through by default, without the client: httpx on the httpcore2 pool."""
    return httpx.Client(base_url=base_url, headers={"Authorization": "Bearer k"}, transport=PoolTransport())


def runners(base_url: str) -> dict[str, Callable[[], None]]:
    """The raw transport and this client, each sending one chat completion and reading its content;
    checked to put the same request on the wire."""
    raw = raw_transport(base_url)
    client = venice.Venice(api_key="k", base_url=base_url, max_retries=0)
    body = {"model": MODEL, "messages": MESSAGES}

    def run_raw() -> None:
        r = raw.post("/chat/completions", json=body)
        r.raise_for_status()
        _ = json.loads(r.content)["choices"][0]["message"]["content"]

    def run_venice() -> None:
        _ = client.chat.completions.create(model=MODEL, messages=MESSAGES).choices[0].message.content

    # The client's own httpx client takes the direct route (venice._transports._dispatch), past event hooks:
    # its transport records the request instead.
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
    return {RAW: run_raw, VENICE: run_venice}


def warm_up(calls: dict[str, Callable[[], None]], times: int = 200) -> None:
    """Connections open, lazy imports done."""
    for fn in calls.values():
        for _ in range(times):
            fn()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    with spawn() as base_url:
        calls = runners(base_url)
        warm_up(calls)
        results = interleave_calls(calls, args.rounds, args.calls)
    raw, client = results[RAW], results[VENICE]
    print(f"loopback server in a child process; medians of {args.rounds} rounds x {args.calls} calls")
    for label, per in ((f"{RAW} (httpx/httpcore2)", raw), ("venice create()", client)):
        print(f"{label:32}: wall {figure(per.wall, 1)} us/call, cpu {figure(per.cpu, 1)} us/call")
    difference = statistics.median(client.wall) - statistics.median(raw.wall)
    print(f"{'difference':32}: wall {difference:.1f} us/call")
    for clock in ("wall", "cpu"):
        ratios = round_ratios(getattr(client, clock), getattr(raw, clock))
        print(f"{f'venice / {RAW} ({clock})':32}: {verdict(ratios, TARGET, at_most=True)}")


if __name__ == "__main__":
    main()
