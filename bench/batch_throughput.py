"""The batch runner at full speed: 10,000 chat requests through ``venice.batch.arun_batch`` against
a loopback server with no rate limit, beside the same loop written on raw aiohttp (same requests,
same concurrency, one JSON line written per answer). Prints requests per second and CPU per request
(process CPU, the server excluded: it runs in a child process), median of the rounds with spread.

Run: .venv/bin/python bench/batch_throughput.py [--requests 10000] [--concurrency 64] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).parent))
from _fast_server import spawn

from venice.batch import arun_batch

BODY = {"model": "zai-org-glm-5-1", "messages": [{"role": "user", "content": "Hello there"}]}


def write_input(path: Path, count: int) -> None:
    with path.open("w") as out:
        for i in range(count):
            line = {"custom_id": f"r{i}", "method": "POST", "url": "/chat/completions", "body": BODY}
            out.write(json.dumps(line) + "\n")


async def raw_aiohttp(url: str, count: int, concurrency: int, output: Path) -> None:
    left = list(range(count))
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
        with output.open("w") as out:

            async def worker() -> None:
                while left:
                    i = left.pop()
                    async with session.post(f"{url}/chat/completions", json=BODY) as response:
                        data = json.loads(await response.read())
                    out.write(json.dumps({"custom_id": f"r{i}", "response": {"body": data}}) + "\n")

            await asyncio.gather(*(worker() for _ in range(concurrency)))


def timed(run: object) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    asyncio.run(run)  # type: ignore[arg-type]
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    n = args.requests
    results: dict[str, list[tuple[float, float]]] = {"venice batch": [], "raw aiohttp loop": []}
    with spawn() as url, tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        write_input(source, n)
        for r in range(args.rounds):
            for name in list(results)[r % 2 :] + list(results)[: r % 2]:
                output = Path(tmp) / f"out-{name[0]}-{r}.jsonl"
                if name == "venice batch":
                    run = arun_batch(source, output, api_key="k", base_url=url, concurrency=args.concurrency)
                else:
                    run = raw_aiohttp(url, n, args.concurrency, output)
                results[name].append(timed(run))
                assert sum(1 for _ in output.open()) == n, f"{name}: lines missing"
    print(f"{n:,} requests, {args.concurrency} in flight, loopback, no rate limit; {args.rounds} rounds")
    for name, runs in results.items():
        rates = [n / wall for wall, _ in runs]
        cpus = [cpu / n * 1e6 for _, cpu in runs]
        print(
            f"  {name:17}: {statistics.median(rates):7,.0f} req/s ({min(rates):,.0f}..{max(rates):,.0f}), "
            f"CPU {statistics.median(cpus):6.0f} us/request ({min(cpus):.0f}..{max(cpus):.0f})"
        )
    ratio = statistics.median(n / w for w, _ in results["venice batch"]) / statistics.median(
        n / w for w, _ in results["raw aiohttp loop"]
    )
    print(f"  venice batch / raw aiohttp loop: {ratio:.2f}x req/s (no target set by the issue)")


if __name__ == "__main__":
    main()
