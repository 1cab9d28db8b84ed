"""Download speed to a file (MB/s): ``write_to_file`` against the streaming-response path.

The same body (audio/mpeg, ``size`` MB) from one loopback server (``_server.py``, a child
process) goes to a file in the same temporary directory, three ways:

- ``write_to_file``: ``client.audio.speech.create(...).write_to_file(path)`` (a new file beside
  the target, renamed over it once the whole body arrived);
- ``streaming response``: ``with client.audio.speech.with_streaming_response.create(...) as r``,
  ``for chunk in r.iter_bytes(): f.write(chunk)`` into ``open(path, "wb")``;
- ``raw transport``: ``httpx.Client`` on the httpcore2 pool, ``iter_raw()`` into ``open(path, "wb")``.

Each round runs every way once, in rotating order; medians of the rounds (min..max), ratios taken
within each round. Issue 17's goal: ``write_to_file`` as fast as the streaming-response path.

Run: .venv/bin/python bench/write_speed.py [--size MB] [--rounds N] [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _rounds import figure, ratio, rotations, round_ratios, verdict
from _server import spawn

import venice
from venice._transports._pool import PoolTransport

TARGET = 1.0  # write_to_file over the streaming-response path
SPEECH = {"model": "tts-kokoro", "input": "x", "voice": "af_sky"}


def ways(url: str, path: str) -> dict[str, Callable[[], None]]:
    client = venice.Venice(api_key="k", base_url=url, max_retries=0)
    raw = httpx.Client(transport=PoolTransport())

    def write_to_file() -> None:
        client.audio.speech.create(**SPEECH).write_to_file(path)

    def streaming_response() -> None:
        with (
            client.audio.speech.with_streaming_response.create(**SPEECH) as response,
            open(path, "wb") as out,
        ):
            for chunk in response.iter_bytes():
                out.write(chunk)

    def raw_transport() -> None:
        with raw.stream("POST", f"{url}/audio/speech", json=SPEECH) as response, open(path, "wb") as out:
            for chunk in response.iter_raw():
                out.write(chunk)

    return {
        "write_to_file": write_to_file,
        "streaming response": streaming_response,
        "raw transport": raw_transport,
    }


def measure(url: str, size: int, rounds: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """MB per second of wall clock, and per second of this process's CPU, of every way in each
    round (rotating order), after one checked warm-up run each. The CPU figure is the steadier on
    shared cores: it counts the work done, not the waits for a core."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "speech.mp3")
        runners = ways(url, path)
        for fn in runners.values():
            fn()
            assert os.path.getsize(path) == size
            os.unlink(path)
        wall: dict[str, list[float]] = {name: [] for name in runners}
        cpu: dict[str, list[float]] = {name: [] for name in runners}
        for order in rotations(list(runners), rounds):
            for name in order:
                w0, c0 = time.perf_counter(), time.process_time()
                runners[name]()
                c1, w1 = time.process_time(), time.perf_counter()
                wall[name].append(size / 2**20 / (w1 - w0))
                cpu[name].append(size / 2**20 / (c1 - c0))
                os.unlink(path)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=200, help="body size in MB")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="50 MB, 3 rounds")
    args = parser.parse_args()
    size_mb, rounds = (50, 3) if args.quick else (args.size, args.rounds)
    with spawn(size_mb << 20) as url:
        wall, cpu = measure(url, size_mb << 20, rounds)
    title = f"{size_mb} MB body to a file: median of {rounds} rounds (min..max), ways in rotating order"
    report(wall, cpu, title, PAIRS)


Pair = tuple[str, str, float | None]  # numerator, denominator, target (None: no goal)
PAIRS: list[Pair] = [
    ("write_to_file", "streaming response", TARGET),
    ("streaming response", "raw transport", None),
]


def report(wall: dict[str, list[float]], cpu: dict[str, list[float]], title: str, pairs: list[Pair]) -> None:
    print(title)
    print(f"  {'way':<22}{'MB/s (wall)':>24}{'MB per CPU second':>24}")
    for name in wall:
        print(f"  {name:<22}{figure(wall[name]):>24}{figure(cpu[name]):>24}")
    for clock, results in (("wall", wall), ("cpu", cpu)):
        for a, b, target in pairs:
            ratios = round_ratios(results[a], results[b])
            label = f"{a} / {b} ({clock})"
            print(f"  {label:<50}: {ratio(ratios) if target is None else verdict(ratios, target)}")


if __name__ == "__main__":
    main()
