"""What the async client's timers cost, on aiohttp at 64 and 256 requests in flight: the client as
shipped beside the same client with one of issue 17's timer changes undone, in one process.

- ``shipped``: ``AsyncVenice`` on ``aiohttp_client()``;
- ``eager read timer``: its connections use aiohttp's own ``ResponseHandler``, which re-arms an
  event-loop timer on every read (``venice._transports._aiohttp._LazyReadTimeout`` moves a deadline instead);
- ``asyncio.timeout per attempt``: every call deadline is an ``asyncio.timeout``
  (``venice._core._timer_wheel.PRECISE`` set to infinity), instead of one timer per second shared by
  every call ending in it.

Each round runs every variant once, in rotating order; medians of the rounds (min..max) and the
ratio shipped / variant, taken within each round. Loopback uvloop server in a child process.

Run: .venv-bench/bin/python bench/timer_cost.py [--rounds 5] [--requests 6000]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import sys
from contextlib import AsyncExitStack
from pathlib import Path

from aiohttp.client_proto import ResponseHandler

sys.path.insert(0, str(Path(__file__).parent))
import throughput
from _fast_server import spawn
from _rounds import figure, ratio, rotations, round_ratios

from venice._core import _timer_wheel
from venice.http_clients import aiohttp_client

LEVELS = (64, 256)


async def eager_read_timer_client(stack: AsyncExitStack) -> object:
    http = await stack.enter_async_context(aiohttp_client())
    transport = http._transport  # type: ignore[attr-defined]
    session = transport._open()  # before any connection is made, so that all are aiohttp's own
    connector = session.connector
    connector._factory = functools.partial(ResponseHandler, loop=connector._loop)
    return http


async def main(rounds: int, requests: int, url: str) -> None:
    async with AsyncExitStack() as stack:
        shipped = throughput.venice_call(url, stack, await stack.enter_async_context(aiohttp_client()))
        eager = throughput.venice_call(url, stack, await eager_read_timer_client(stack))  # type: ignore[arg-type]
        variants = {"shipped": shipped, "eager read timer": eager, "asyncio.timeout per attempt": shipped}

        async def run(name: str, concurrency: int, count: int) -> float:
            precise = _timer_wheel.PRECISE
            if name == "asyncio.timeout per attempt":
                _timer_wheel.PRECISE = float("inf")
            try:
                return await throughput.rate(variants[name], concurrency, count)
            finally:
                _timer_wheel.PRECISE = precise

        for concurrency in LEVELS:
            results: dict[str, list[float]] = {name: [] for name in variants}
            for order in rotations(list(variants), rounds):
                for name in order:
                    await run(name, concurrency, 200)  # warm the connections
                    results[name].append(await run(name, concurrency, requests))
            print(f"c={concurrency}, requests/s, median of {rounds} rounds (min..max):")
            for name, rates in results.items():
                print(f"  {name:<30}{figure(rates):>30}")
            for name in list(variants)[1:]:
                ratios = round_ratios(results["shipped"], results[name])
                print(f"  {f'shipped / {name}':<42}: {ratio(ratios)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=6000)
    args = parser.parse_args()
    with spawn() as url:
        asyncio.run(main(args.rounds, args.requests, url))
