"""SSE parse throughput (events/s) on the same in-memory stream: raw httpx-sse + json.loads,
venice ``Stream`` (typed chunks), and openai-python's ``Stream`` (pydantic chunks). Each parses
the JSON of every event and reads ``chunk.choices[0].delta.content``. The three run in turn in
every round (after one warm-up run each); prints medians and ratios.

The body arrives in reads of a fixed size: 64 KiB (a fast server, many events per read) and
200 bytes (about one event per read, as when tokens trickle in), or the sizes given.

Run: .venv/bin/python bench/sse_throughput.py [read_size ...]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Iterator

import httpx
import httpx_sse
import openai

import venice

EVENTS, ROUNDS = 20_000, 9
TARGET = 0.85  # typed chunks vs raw httpx-sse + json.loads
CHUNK = 65536  # set by main()


def payload() -> bytes:
    parts = []
    for i in range(EVENTS):
        chunk = {
            "id": "chatcmpl-bench",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "zai-org-glm-5-1",
            "choices": [{"index": 0, "delta": {"content": f"tok{i} "}, "finish_reason": None}],
        }
        parts.append(b"data: " + json.dumps(chunk).encode() + b"\n\n")
    parts.append(b"data: [DONE]\n\n")
    return b"".join(parts)


BODY = payload()


class ChunkedBody(httpx.SyncByteStream):
    """The same bytes for every reader, delivered in pieces of ``CHUNK`` bytes (a network read)."""

    def __iter__(self) -> Iterator[bytes]:
        for i in range(0, len(BODY), CHUNK):
            yield BODY[i : i + CHUNK]


def transport() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=ChunkedBody(), headers={"content-type": "text/event-stream"})

    return httpx.MockTransport(handler)


def run_raw() -> int:
    n = 0
    with (
        httpx.Client(transport=transport()) as client,
        httpx_sse.connect_sse(client, "POST", "http://bench/chat/completions", json={}) as source,
    ):
        for event in source.iter_sse():
            if event.data == "[DONE]":
                break
            _ = json.loads(event.data)["choices"][0]["delta"]["content"]
            n += 1
    return n


def run_venice() -> int:
    n = 0
    client = venice.Venice(
        api_key="k", base_url="http://bench", http_client=httpx.Client(transport=transport())
    )
    for chunk in client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "x"}], stream=True
    ):
        _ = chunk.choices[0].delta.content
        n += 1
    return n


def run_openai() -> int:
    n = 0
    client = openai.OpenAI(
        api_key="k", base_url="http://bench", http_client=httpx.Client(transport=transport())
    )
    for chunk in client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "x"}], stream=True
    ):
        _ = chunk.choices[0].delta.content
        n += 1
    return n


def main() -> None:
    global CHUNK
    runners = {"raw httpx-sse": run_raw, "venice": run_venice, "openai": run_openai}
    for size in [int(a) for a in sys.argv[1:]] or [65536, 200]:
        CHUNK = size
        for fn in runners.values():
            assert fn() == EVENTS
        rates: dict[str, list[float]] = {name: [] for name in runners}
        for _ in range(ROUNDS):
            for name, fn in runners.items():
                start = time.perf_counter()
                fn()
                rates[name].append(EVENTS / (time.perf_counter() - start))
        medians = {name: statistics.median(values) for name, values in rates.items()}
        print(f"{EVENTS} events, reads of {size} bytes, median of {ROUNDS} rounds:")
        for name, rate in medians.items():
            ratio = rate / medians["raw httpx-sse"]
            spread = f"{min(rates[name]):.0f}-{max(rates[name]):.0f}"
            print(f"  {name:14s}: {rate:8.0f} events/s ({ratio:.2f}x raw httpx-sse; rounds {spread})")
        print(f"  venice / openai: {medians['venice'] / medians['openai']:.1f}x")
        ratio = medians["venice"] / medians["raw httpx-sse"]
        print(f"  {'met' if ratio >= TARGET else 'MISSED'} (target: venice >= {TARGET}x raw httpx-sse)")


if __name__ == "__main__":
    main()
