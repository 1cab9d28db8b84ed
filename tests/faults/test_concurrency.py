"""One client under concurrency against a failing server (issue 9, measures).

One ``Venice`` shared by 32 threads, and one ``AsyncVenice`` with 500 tasks, against a loopback
server that answers 10 % of requests with 500 and resets 2 % (half before answering, half in the
middle of the body). Every call must end in its own answer (the server echoes a token unique to
the call, so crossed answers show) or a typed ``VeniceError``; afterwards no connection is busy
and the sockets open on the server are the pool's idle ones, no more. Run with ``-s`` to see the
counts.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import venice
from venice._constants import DEFAULT_CONNECTION_LIMITS

from ._modes import KEY
from .raw_server import Answer, RawServer, Request, chat, cut, ok, reset, status

THREADS, CALLS_PER_THREAD = 32, 25
TASKS, CALLS_PER_TASK = 500, 2


class FlakyServer:
    """10 % 500, 1 % reset before the answer, 1 % reset mid-body, else the echoed token."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.outcomes: Counter[str] = Counter()

    def __call__(self, request: Request) -> Answer:
        token = request.json()["messages"][0]["content"]
        with self.lock:
            draw = self.random.random()
        if draw < 0.10:
            kind, answer = "500", status(500, {"error": "Inference processing failed"})
        elif draw < 0.11:
            kind, answer = "reset-before-answer", reset()
        elif draw < 0.12:
            body = json.dumps(chat(token)).encode()
            kind, answer = "reset-mid-body", cut(200, body, "application/json", sent=len(body) // 2)
        else:
            kind, answer = "ok", ok(chat(token))
        with self.lock:
            self.outcomes[kind] += 1
        return answer


def classify(token: str, outcome: Any) -> str:
    if isinstance(outcome, venice.VeniceError):
        return type(outcome).__name__
    if isinstance(outcome, BaseException):
        return f"UNTYPED {type(outcome).__name__}: {outcome}"
    return "answer" if outcome == token else f"CROSSED {outcome!r} for {token!r}"


def pool_connections(client: venice.Venice | venice.AsyncVenice) -> list[Any]:
    return list(client._client._transport._pool.connections)


def check(
    results: Counter[str], calls: int, flaky: FlakyServer, server: RawServer, client: Any, name: str
) -> None:
    connections = pool_connections(client)
    open_sockets = server.wait_open_connections(lambda n: n == len(connections))
    print(
        f"\n{name}: {calls} calls -> {dict(results)}; server answers {dict(flaky.outcomes)} "
        f"({len(server.requests)} requests on {server.connections} connections); "
        f"after: {open_sockets} sockets open, pool holds {len(connections)} (all idle: "
        f"{all(c.is_idle() for c in connections)})"
    )
    assert sum(results.values()) == calls
    assert not [k for k in results if k.startswith(("UNTYPED", "CROSSED"))], results
    assert results["answer"] >= calls * 0.95
    assert (
        flaky.outcomes["500"] and flaky.outcomes["reset-before-answer"] and flaky.outcomes["reset-mid-body"]
    )
    assert all(c.is_idle() for c in connections)
    assert open_sockets == len(connections)


def test_one_client_shared_by_32_threads(raw_server: Any) -> None:
    flaky = FlakyServer(seed=9)
    server = raw_server(flaky)
    client = venice.Venice(api_key=KEY, base_url=server.base_url)

    def worker(thread: int) -> list[str]:
        kinds = []
        for call in range(CALLS_PER_THREAD):
            token = f"t{thread}-c{call}"
            try:
                outcome: Any = (
                    client.chat.completions.create(model="m", messages=[{"role": "user", "content": token}])
                    .choices[0]
                    .message.content
                )
            except Exception as exc:  # classified: anything untyped fails the test
                outcome = exc
            kinds.append(classify(token, outcome))
        return kinds

    with ThreadPoolExecutor(THREADS) as pool:
        results = Counter(kind for kinds in pool.map(worker, range(THREADS)) for kind in kinds)
    check(results, THREADS * CALLS_PER_THREAD, flaky, server, client, "32 threads")
    assert len(pool_connections(client)) <= THREADS
    client.close()
    assert server.wait_open_connections(lambda n: n == 0) == 0


def test_one_async_client_with_500_tasks(raw_server: Any) -> None:
    flaky = FlakyServer(seed=500)
    server = raw_server(flaky)

    async def main() -> None:
        client = venice.AsyncVenice(api_key=KEY, base_url=server.base_url)

        async def task(number: int) -> list[str]:
            kinds = []
            for call in range(CALLS_PER_TASK):
                token = f"t{number}-c{call}"
                try:
                    completion = await client.chat.completions.create(
                        model="m", messages=[{"role": "user", "content": token}]
                    )
                    outcome: Any = completion.choices[0].message.content
                except Exception as exc:  # classified: anything untyped fails the test
                    outcome = exc
                kinds.append(classify(token, outcome))
            return kinds

        outcomes = await asyncio.gather(*(task(n) for n in range(TASKS)))
        results = Counter(kind for kinds in outcomes for kind in kinds)
        await asyncio.to_thread(check, results, TASKS * CALLS_PER_TASK, flaky, server, client, "500 tasks")
        # 500 tasks open up to 500 connections; only the pool's keep-alive limit stay open.
        assert len(pool_connections(client)) <= DEFAULT_CONNECTION_LIMITS.max_keepalive_connections
        await client.close()

    asyncio.run(main())
    assert server.wait_open_connections(lambda n: n == 0) == 0
