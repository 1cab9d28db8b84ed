"""The aiohttp transport's own connection protocol (``venice._transports._aiohttp._LazyReadTimeout``): it is
the one in use, it replaces methods aiohttp still has, and a connection kept alive past its read
timeout is reused, not failed by the timer of its last answer. (The read timeout itself is tested
on every transport in ``test_deadlines.py``.)"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from aiohttp.client_proto import ResponseHandler

import venice
from venice._transports._aiohttp import _LazyReadTimeout
from venice.http_clients import aiohttp_client

from .raw_server import Answer, chat, response_bytes

HI = [{"role": "user", "content": "hi"}]


def test_the_lazy_read_timer_replaces_methods_aiohttp_calls() -> None:
    # If aiohttp renamed them, these overrides would be dead code and aiohttp's timer would run.
    for name in ("_reschedule_timeout", "_drop_timeout", "_on_read_timeout", "connection_lost"):
        assert name in vars(ResponseHandler), name
        assert name in vars(_LazyReadTimeout) or name == "_on_read_timeout", name
    loop = asyncio.new_event_loop()
    try:
        assert "_read_timeout_handle" in vars(ResponseHandler(loop))
    finally:
        loop.close()


def test_a_kept_alive_connection_outlives_its_read_timeout(raw_server: Any) -> None:
    answer = response_bytes(200, json.dumps(chat("again")).encode())
    server = raw_server(lambda request: Answer([answer]))

    async def main() -> tuple[list[str], list[type]]:
        async with (
            aiohttp_client() as http,
            venice.AsyncVenice(
                api_key="k",
                base_url=server.base_url,
                http_client=http,
                timeout=httpx.Timeout(0.2),
                max_retries=0,
            ) as client,
        ):
            contents = []
            for _ in range(3):
                completion = await client.chat.completions.create(model="m", messages=HI)
                contents.append(completion.choices[0].message.content or "")
                await asyncio.sleep(0.5)  # idle for longer than the read timeout
            session = http._transport._session  # type: ignore[attr-defined]
            protocols = [type(proto) for conns in session.connector._conns.values() for proto, _ in conns]
            return contents, protocols

    contents, protocols = asyncio.run(main())
    assert contents == ["again"] * 3
    assert protocols == [_LazyReadTimeout]  # in use, and the one connection served all three
    assert {request.connection for request in server.requests} == {0}


def test_a_shorter_read_timeout_on_a_kept_alive_connection_is_kept(raw_server: Any) -> None:
    # The first call leaves a timer armed for its 30 s; the next, on the same connection, may wait
    # only 0.3 s: its earlier deadline must get its own timer.
    answers = [Answer([response_bytes(200, json.dumps(chat("first")).encode())]), Answer([2.0])]
    server = raw_server(lambda request: answers[len(server.requests) - 1])

    async def main() -> tuple[str, BaseException, float]:
        async with (
            aiohttp_client() as http,
            venice.AsyncVenice(
                api_key="k", base_url=server.base_url, http_client=http, max_retries=0
            ) as client,
        ):
            first = await client.chat.completions.create(model="m", messages=HI, timeout=httpx.Timeout(30.0))
            started = asyncio.get_running_loop().time()
            try:
                await client.chat.completions.create(model="m", messages=HI, timeout=httpx.Timeout(0.3))
            except venice.APITimeoutError as exc:
                return (
                    first.choices[0].message.content or "",
                    exc,
                    asyncio.get_running_loop().time() - started,
                )
            raise AssertionError("the second call did not time out")

    content, error, took = asyncio.run(main())
    assert content == "first"
    assert "waiting for data (ReadTimeout)" in str(error)
    assert took < 1.5  # 0.3 s, not the first call's 30 s
    assert {request.connection for request in server.requests} == {0}
