"""What the helpers above the bindings cost per call, beside ``create()`` on the same answers:

- ``chat.completions.parse(response_format=Model)`` against ``create(response_format=<the same
  schema written out>)`` + ``json.loads`` of the content (what a user writes by hand), both reading
  the same structured answer;
- ``chat.completions.stream()`` iterated as typed events against ``create(stream=True)`` iterated as
  chunks (reading each ``delta.content``), on the same SSE answer (``SSE_EVENTS`` chunks);
- both again on ``AsyncVenice``, one call at a time and 32 in flight.

Sync variants alternate call by call (``_rounds.interleave_calls``); async ones batch by batch in a
rotating order. Each line prints the median of per-round ratios with their spread, against its
target: parse at most 1.25x (its JSON validation by pydantic instead of ``json.loads``), stream
events at most 1.5x (an event object or two per chunk on top of the chunk). ``create()`` itself is
untouched by the helpers: ``bench/overhead.py`` holds it to its own target.

Run: .venv/bin/python bench/helpers_cost.py [--rounds N] [--calls N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pydantic

sys.path.insert(0, str(Path(__file__).parent))
from _fast_server import event_loop_runner, spawn
from _rounds import figure, interleave_calls, rotations, round_ratios, verdict

import venice
from venice.lib._parsed import response_format_param

PARSE_TARGET = 1.25
STREAM_TARGET = 1.5
MODEL = "zai-org-glm-5-1"
MESSAGES: list[venice.types.UserMessageParam] = [{"role": "user", "content": "Notes of today's meeting?"}]
IN_FLIGHT = 32


class Attendee(pydantic.BaseModel):
    name: str
    role: str


class MeetingNotes(pydantic.BaseModel):
    title: str
    date: str
    attendees: list[Attendee]
    action_items: list[str]
    priority: int


FORMAT = response_format_param(MeetingNotes)  # the same request body for both variants


def sync_runners(client: venice.Venice) -> dict[str, dict[str, Callable[[], None]]]:
    chat = client.chat.completions

    def create_json() -> None:
        content = (
            chat.create(model=MODEL, messages=MESSAGES, response_format=FORMAT).choices[0].message.content
        )
        assert isinstance(json.loads(str(content))["attendees"], list)

    def parse() -> None:
        parsed = (
            chat.parse(model=MODEL, messages=MESSAGES, response_format=MeetingNotes).choices[0].message.parsed
        )
        assert parsed is not None and parsed.attendees

    def create_stream() -> None:
        text = []
        for chunk in chat.create(model=MODEL, messages=MESSAGES, stream=True):
            if chunk.choices:
                text.append(chunk.choices[0].delta.content or "")
        assert text

    def stream_events() -> None:
        text = []
        with chat.stream(model=MODEL, messages=MESSAGES) as stream:
            for event in stream:
                if event.type == "content.delta":
                    text.append(event.delta)
        assert text

    return {
        "parse": {"create + json.loads": create_json, "parse": parse},
        "stream": {"create(stream=True)": create_stream, "stream() events": stream_events},
    }


def async_runners(client: venice.AsyncVenice) -> dict[str, dict[str, Callable[[], Awaitable[None]]]]:
    chat = client.chat.completions

    async def create_json() -> None:
        answer = await chat.create(model=MODEL, messages=MESSAGES, response_format=FORMAT)
        assert isinstance(json.loads(str(answer.choices[0].message.content))["attendees"], list)

    async def parse() -> None:
        answer = await chat.parse(model=MODEL, messages=MESSAGES, response_format=MeetingNotes)
        assert answer.choices[0].message.parsed is not None

    async def create_stream() -> None:
        text = []
        async for chunk in await chat.create(model=MODEL, messages=MESSAGES, stream=True):
            if chunk.choices:
                text.append(chunk.choices[0].delta.content or "")
        assert text

    async def stream_events() -> None:
        text = []
        async with chat.stream(model=MODEL, messages=MESSAGES) as stream:
            async for event in stream:
                if event.type == "content.delta":
                    text.append(event.delta)
        assert text

    return {
        "parse": {"create + json.loads": create_json, "parse": parse},
        "stream": {"create(stream=True)": create_stream, "stream() events": stream_events},
    }


async def batch(fn: Callable[[], Awaitable[None]], calls: int, in_flight: int) -> float:
    """Microseconds per call of ``calls`` calls, ``in_flight`` at a time."""
    gate = asyncio.Semaphore(in_flight)

    async def one() -> None:
        async with gate:
            await fn()

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(calls)))
    return (time.perf_counter() - start) / calls * 1e6


async def interleave_batches(
    runners: dict[str, Callable[[], Awaitable[None]]], rounds: int, calls: int, in_flight: int
) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {name: [] for name in runners}
    for order in rotations(list(runners), rounds):
        for name in order:
            results[name].append(await batch(runners[name], calls, in_flight))
    return results


def report(title: str, times: dict[str, list[float]], target: float) -> None:
    (base, base_times), (helper, helper_times) = times.items()
    print(f"{title}")
    for name, values in times.items():
        print(f"  {name:24}: {figure(values, 1)} us/call")
    print(f"  {helper} / {base}: {verdict(round_ratios(helper_times, base_times), target, at_most=True)}")


async def run_async(base_url: str, rounds: int, calls: int) -> None:
    client = venice.AsyncVenice(api_key="k", base_url=base_url, max_retries=0)
    for kind, runners in async_runners(client).items():
        target = PARSE_TARGET if kind == "parse" else STREAM_TARGET
        n = calls if kind == "parse" else max(2, calls // 100)
        for in_flight in (1, IN_FLIGHT):
            await interleave_batches(runners, 1, n, in_flight)  # warm up
            times = await interleave_batches(runners, rounds, n, in_flight)
            report(f"async {kind}, {in_flight} in flight ({rounds} rounds x {n} calls)", times, target)
    await client.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    with spawn() as base_url:
        client = venice.Venice(api_key="k", base_url=base_url, max_retries=0)
        print(f"loopback server in a child process; stream answers of {_sse_events()} chunks")
        for kind, runners in sync_runners(client).items():
            target = PARSE_TARGET if kind == "parse" else STREAM_TARGET
            n = args.calls if kind == "parse" else max(2, args.calls // 100)
            interleave_calls(runners, 1, n)  # warm up: connections, lazy imports, pydantic's schemas
            per = interleave_calls(runners, args.rounds, n)
            report(
                f"sync {kind} ({args.rounds} rounds x {n} calls)", {k: v.wall for k, v in per.items()}, target
            )
            cpu = {k: statistics.median(v.cpu) for k, v in per.items()}
            print("  cpu us/call: " + ", ".join(f"{k} {v:,.1f}" for k, v in cpu.items()))
        client.close()
        with event_loop_runner() as runner:
            runner.run(run_async(base_url, args.rounds, args.calls))


def _sse_events() -> int:
    from _server import SSE_EVENTS

    return SSE_EVENTS


if __name__ == "__main__":
    main()
