"""SSE parse throughput (events/s) on the same in-memory stream: raw httpx-sse + json.loads,
venice ``Stream`` (typed chunks), and openai-python's ``Stream`` (pydantic chunks). Each parses
the JSON of every event and reads ``chunk.choices[0].delta.content``. The three run in turn in
every round, in an order that rotates (after one warm-up run each); prints medians and ratios.
(``bench/peers.py`` runs the same readers over a loopback socket, with the community client too.)

The body arrives in reads of a fixed size: 64 KiB (a fast server, many events per read) and
200 bytes (about one event per read, as when tokens trickle in), or the sizes given.

Run: .venv/bin/python bench/sse_throughput.py [read_size ...]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import httpx_sse
import openai

sys.path.insert(0, str(Path(__file__).parent))
from _rounds import rotations
from _server import SSE_EVENTS, sse_body

import venice

ROUNDS = 9
TARGET = 0.85  # typed chunks vs raw httpx-sse + json.loads
CHUNK = 65536  # set by main()
MESSAGES = [{"role": "user", "content": "x"}]
BODY = sse_body()


def read_raw(client: httpx.Client, url: str) -> int:
    """The floor: the transport, a plain SSE parser (httpx-sse) and ``json.loads``."""
    n = 0
    with httpx_sse.connect_sse(
        client, "POST", f"{url}/chat/completions", json={"model": "m", "messages": MESSAGES, "stream": True}
    ) as source:
        for event in source.iter_sse():
            if event.data == "[DONE]":
                break
            _ = json.loads(event.data)["choices"][0]["delta"]["content"]
            n += 1
    return n


def read_typed(client: venice.Venice | openai.OpenAI) -> int:
    """Typed chunks from this client or openai-python (same call, same attribute read)."""
    n = 0
    for chunk in client.chat.completions.create(model="m", messages=MESSAGES, stream=True):  # type: ignore[call-overload]
        _ = chunk.choices[0].delta.content
        n += 1
    return n


def rates(runners: dict[str, Callable[[], int]], rounds: int, events: int) -> dict[str, list[float]]:
    """Events/s of each reader in every round (rotating order), after one checked warm-up run."""
    for fn in runners.values():
        assert fn() == events
    results: dict[str, list[float]] = {name: [] for name in runners}
    for order in rotations(list(runners), rounds):
        for name in order:
            start = time.perf_counter()
            runners[name]()
            results[name].append(events / (time.perf_counter() - start))
    return results


class ChunkedBody(httpx.SyncByteStream):
    """The same bytes for every reader, delivered in pieces of ``CHUNK`` bytes (a network read)."""

    def __iter__(self) -> Iterator[bytes]:
        for i in range(0, len(BODY), CHUNK):
            yield BODY[i : i + CHUNK]


def in_memory() -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=ChunkedBody(), headers={"content-type": "text/event-stream"})

    return httpx.Client(transport=httpx.MockTransport(handler))


def main() -> None:
    global CHUNK
    url = "http://bench"
    runners: dict[str, Callable[[], int]] = {
        "raw httpx-sse": lambda: read_raw(in_memory(), url),
        "venice": lambda: read_typed(venice.Venice(api_key="k", base_url=url, http_client=in_memory())),
        "openai": lambda: read_typed(openai.OpenAI(api_key="k", base_url=url, http_client=in_memory())),
    }
    for size in [int(a) for a in sys.argv[1:]] or [65536, 200]:
        CHUNK = size
        results = rates(runners, ROUNDS, SSE_EVENTS)
        medians = {name: statistics.median(values) for name, values in results.items()}
        print(f"{SSE_EVENTS} events, reads of {size} bytes, median of {ROUNDS} rounds:")
        for name, rate in medians.items():
            ratio = rate / medians["raw httpx-sse"]
            spread = f"{min(results[name]):.0f}-{max(results[name]):.0f}"
            print(f"  {name:14s}: {rate:8.0f} events/s ({ratio:.2f}x raw httpx-sse; rounds {spread})")
        print(f"  venice / openai: {medians['venice'] / medians['openai']:.1f}x")
        ratio = medians["venice"] / medians["raw httpx-sse"]
        print(f"  {'met' if ratio >= TARGET else 'MISSED'} (target: venice >= {TARGET}x raw httpx-sse)")


if __name__ == "__main__":
    main()
