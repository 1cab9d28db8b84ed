"""Async throughput at 1, 64 and 256 requests in flight: the client side by side with raw transports.

Every variant sends the same chat completion (POST, JSON body) to the same loopback server (an
asyncio server in a child process, ``_fast_server.py``, which is not the bottleneck) and reads the
answer's content. Variants:

- ``raw httpx``: ``httpx.AsyncClient()`` (httpx 0.28, its own httpcore 1.0 pool, default limits);
- ``raw httpx2``: ``httpx2.AsyncClient()``;
- ``raw httpx/httpcore2``: ``httpx.AsyncClient`` on ``venice._transports._pool.AsyncPoolTransport`` (the
  transport the client uses by default);
- ``raw aiohttp``: ``aiohttp.ClientSession()``;
- ``venice``: ``AsyncVenice()`` as shipped (httpcore2 pool, 100 connections all kept alive);
  ``venice 1000/100`` (the old limits) and ``venice 100/20`` (httpx's defaults) on the same pool;
  ``venice/httpx-pool``: the client on httpx's own pool with 1000/100 (the old default);
- ``venice/aiohttp``: ``AsyncVenice(http_client=venice.http_clients.aiohttp_client())``.

Each round measures every variant once, in an order that rotates between rounds, so that all see
the same background load; the median of the rounds and the spread (min..max) are printed, with
the ratios the issue sets goals for: ``venice`` >= 0.9x the raw transport it uses, ``venice/aiohttp``
>= 0.8x raw aiohttp.

Run: .venv/bin/python bench/throughput.py [--rounds N] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import httpx2

sys.path.insert(0, str(Path(__file__).parent))
from _fast_server import spawn
from _rounds import FullCollections, rotations

import venice
from venice._transports._pool import AsyncPoolTransport
from venice.http_clients import aiohttp_client

BODY = {"model": "zai-org-glm-5-1", "messages": [{"role": "user", "content": "Hello there"}]}
CONCURRENCY = (1, 64, 256)
REQUESTS = {1: 400, 64: 2000, 256: 2500}

Call = Callable[[], Awaitable[None]]
MakeVariants = Callable[[str, AsyncExitStack], Awaitable[dict[str, Call]]]


def raw_post(url: str, client: Any) -> Call:
    """A raw httpx-style client (httpx, httpx2) posting the request and reading the content."""

    async def call() -> None:
        response = await client.post(f"{url}/chat/completions", json=BODY)
        assert json.loads(response.content)["choices"][0]["message"]["content"]

    return call


def raw_aiohttp(url: str, session: aiohttp.ClientSession) -> Call:
    async def call() -> None:
        async with session.post(f"{url}/chat/completions", json=BODY) as response:
            assert json.loads(await response.read())["choices"][0]["message"]["content"]

    return call


def venice_call(url: str, stack: AsyncExitStack, http_client: httpx.AsyncClient | None) -> Call:
    """``AsyncVenice`` (on ``http_client``, or its default transport) creating the completion."""
    api = venice.AsyncVenice(api_key="k", base_url=url, max_retries=0, http_client=http_client)
    stack.push_async_callback(api.close)

    async def call() -> None:
        completion = await api.chat.completions.create(model=BODY["model"], messages=BODY["messages"])
        assert completion.choices[0].message.content

    return call


async def raw_transport(stack: AsyncExitStack) -> httpx.AsyncClient:
    """The transport ``AsyncVenice()`` uses by default, without the client: httpx on httpcore2's pool."""
    return await stack.enter_async_context(httpx.AsyncClient(transport=AsyncPoolTransport()))


async def make_variants(url: str, stack: AsyncExitStack) -> dict[str, Call]:
    variants: dict[str, Call] = {
        "raw httpx": raw_post(url, await stack.enter_async_context(httpx.AsyncClient())),
        "raw httpx2": raw_post(url, await stack.enter_async_context(httpx2.AsyncClient())),
        "raw httpx/httpcore2": raw_post(url, await raw_transport(stack)),
        "raw aiohttp": raw_aiohttp(url, await stack.enter_async_context(aiohttp.ClientSession())),
        "venice": venice_call(url, stack, None),
    }
    old_default = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
    for name, limits in (
        ("venice 1000/100", old_default),
        ("venice 100/20", httpx.Limits(max_connections=100, max_keepalive_connections=20)),
    ):
        pool = AsyncPoolTransport(limits=limits)
        variants[name] = venice_call(
            url, stack, await stack.enter_async_context(httpx.AsyncClient(transport=pool))
        )
    variants["venice/httpx-pool"] = venice_call(
        url, stack, await stack.enter_async_context(httpx.AsyncClient(limits=old_default))
    )
    variants["venice/aiohttp"] = venice_call(url, stack, await stack.enter_async_context(aiohttp_client()))
    return variants


async def rate(call: Call, concurrency: int, count: int) -> float:
    left = count

    async def worker() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return count / (time.perf_counter() - start)


async def measure(
    url: str,
    rounds: int,
    scale: float,
    make: MakeVariants = make_variants,
    requests: Mapping[int, int] = REQUESTS,
    full: dict[int, dict[str, list[int]]] | None = None,
) -> dict[int, dict[str, list[float]]]:
    """Requests/s of every variant ``make`` builds, at each concurrency, in rotating rounds of
    ``requests[concurrency] * scale`` requests per variant; ``full``, if given, gets the number of
    full garbage collections in each run, likewise by concurrency and variant."""
    results: dict[int, dict[str, list[float]]] = {}
    for concurrency in CONCURRENCY:
        count = max(50, int(requests[concurrency] * scale))
        async with AsyncExitStack() as stack:
            variants = await make(url, stack)
            names = list(variants)
            for name in names:  # warm up: connections, lazy imports
                await rate(variants[name], concurrency, min(count, 300))
            per: dict[str, list[float]] = {name: [] for name in names}
            collections: dict[str, list[int]] = {name: [] for name in names}
            for order in rotations(names, rounds):
                for name in order:
                    with FullCollections() as seen:
                        per[name].append(await rate(variants[name], concurrency, count))
                    collections[name].append(seen.count)
            results[concurrency] = per
            if full is not None:
                full[concurrency] = collections
        print(f"  measured concurrency {concurrency}", file=sys.stderr, flush=True)
    return results


def verdict(value: float, goal: float) -> str:
    return f"{value:5.2f}x (goal >= {goal}x: {'met' if value >= goal else 'missed'})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="fewer requests per measurement")
    args = parser.parse_args()
    with spawn() as url:
        results = asyncio.run(measure(url, args.rounds, 0.25 if args.quick else 1.0))
    names = list(results[CONCURRENCY[0]])
    print(f"requests/s, median of {args.rounds} rounds (min..max); loopback server in a child process")
    print(f"{'variant':<22}" + "".join(f"{'c=' + str(c):>22}" for c in CONCURRENCY))
    for name in names:
        cells = []
        for c in CONCURRENCY:
            runs = results[c][name]
            cells.append(f"{statistics.median(runs):7.0f} ({min(runs):5.0f}..{max(runs):5.0f})")
        print(f"{name:<22}" + "".join(f"{cell:>22}" for cell in cells))
    print()

    def ratio(a: str, b: str, c: int) -> float:
        # Ratio of medians of per-round ratios: each round measured both side by side.
        return statistics.median(x / y for x, y in zip(results[c][a], results[c][b], strict=True))

    lines = [
        ("venice / raw httpx/httpcore2 (its transport)", "venice", "raw httpx/httpcore2", 0.9),
        ("venice/aiohttp / raw aiohttp", "venice/aiohttp", "raw aiohttp", 0.8),
        ("venice / raw httpx2", "venice", "raw httpx2", None),
        ("venice / venice on httpx's own pool (old)", "venice", "venice/httpx-pool", None),
        ("venice (100/100) / venice 1000/100", "venice", "venice 1000/100", None),
        ("venice (100/100) / venice 100/20", "venice", "venice 100/20", None),
    ]
    for c in CONCURRENCY:
        print(f"c={c}:")
        for label, a, b, goal in lines:
            value = ratio(a, b, c)
            print(f"  {label:<45}: " + (verdict(value, goal) if goal else f"{value:5.2f}x"))


if __name__ == "__main__":
    main()
