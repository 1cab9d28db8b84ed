"""No leaked connections (issue 9, item 5).

A ``BinaryResponse`` or ``Stream`` dropped unread gives its connection back when collected, with a
``ResourceWarning`` like an unclosed file; a pool that is really exhausted says so within its own
short timeout instead of waiting out the read timeout.
"""

from __future__ import annotations

import asyncio
import gc
import time
from typing import Any

import httpx
import pytest

import venice

from ._modes import HI, KEY, SPEECH
from .raw_server import SSE_BODY, RawServer, Request, chat, ok

DROPPED = 200  # responses dropped unread, through a pool of POOL connections
POOL = 4


def media(request: Request) -> Any:
    if request.target.endswith("/audio/speech"):
        return ok(b"ID3" + b"\0" * 200_000, "audio/mpeg")  # more than socket buffers: the server waits
    if request.json().get("stream"):
        return ok(SSE_BODY * 200, "text/event-stream")
    return ok(chat("hi"))


def sync_client(server: RawServer, connections: int = POOL, pool: float = 2.0) -> venice.Venice:
    return venice.Venice(**options(server, httpx.Client, connections, pool))


def async_client(server: RawServer, connections: int = POOL, pool: float = 2.0) -> venice.AsyncVenice:
    return venice.AsyncVenice(**options(server, httpx.AsyncClient, connections, pool))


def options(server: RawServer, http: type[Any], connections: int, pool: float) -> dict[str, Any]:
    """A client over a pool of ``connections`` that waits ``pool`` seconds for a free one."""
    return {
        "api_key": KEY,
        "base_url": server.base_url,
        "http_client": http(limits=httpx.Limits(max_connections=connections)),
        "timeout": httpx.Timeout(10.0, pool=pool),
    }


@pytest.mark.parametrize("kind", ["binary", "stream"])
def test_dropped_unread_responses_release_their_connections(raw_server: Any, kind: str) -> None:
    server = raw_server(media)
    client = sync_client(server)
    name = "BinaryResponse" if kind == "binary" else "Stream"
    with pytest.warns(ResourceWarning, match=f"{name} of POST .* dropped without being read") as warned:
        for _ in range(DROPPED):
            if kind == "binary":
                client.audio.speech.create(**SPEECH)  # dropped at once
            else:
                client.chat.completions.create(model="m", messages=HI, stream=True)
        gc.collect()
    assert len(warned) == DROPPED
    assert client.chat.completions.create(model="m", messages=HI).choices[0].message.content == "hi"
    client._client.close()
    assert server.wait_open_connections(lambda n: n == 0) == 0


@pytest.mark.parametrize("kind", ["binary", "stream"])
def test_async_dropped_unread_responses_release_their_connections(raw_server: Any, kind: str) -> None:
    server = raw_server(media)
    name = "AsyncBinaryResponse" if kind == "binary" else "AsyncStream"

    async def main() -> None:
        client = async_client(server)
        for _ in range(DROPPED):
            if kind == "binary":
                await client.audio.speech.create(**SPEECH)
            else:
                await client.chat.completions.create(model="m", messages=HI, stream=True)
        completion = await client.chat.completions.create(model="m", messages=HI)
        assert completion.choices[0].message.content == "hi"
        await client._client.aclose()

    with pytest.warns(ResourceWarning, match=f"{name} of POST .* dropped without being read") as warned:
        asyncio.run(main())
        gc.collect()
    assert len(warned) == DROPPED
    assert server.wait_open_connections(lambda n: n == 0) == 0


def test_read_closed_or_broken_off_responses_do_not_warn(raw_server: Any) -> None:
    # Warnings are errors in this suite: any ResourceWarning here fails the test.
    server = raw_server(media)
    client = sync_client(server, connections=1)
    for _ in range(5):
        assert client.audio.speech.create(**SPEECH).content
        with client.audio.speech.create(**SPEECH):
            pass
        for _ in client.chat.completions.create(model="m", messages=HI, stream=True):
            break  # the documented way to stop a stream early
        client.chat.completions.create(model="m", messages=HI, stream=True).close()
        gc.collect()
    client._client.close()


@pytest.mark.parametrize("timeout", [httpx.Timeout(600.0, pool=0.3), 0.3])
def test_exhausted_pool_says_so_within_the_pool_timeout(raw_server: Any, timeout: Any) -> None:
    server = raw_server(media)
    client = venice.Venice(
        api_key=KEY,
        base_url=server.base_url,
        http_client=httpx.Client(limits=httpx.Limits(max_connections=1)),
    )
    with client.audio.speech.create(**SPEECH):  # holds the only connection
        started = time.monotonic()
        with pytest.raises(venice.PoolTimeoutError, match="No connection of the pool became free") as info:
            client.with_options(timeout=timeout).chat.completions.create(model="m", messages=HI)
        assert time.monotonic() - started < 5.0
        assert isinstance(info.value, venice.APITimeoutError)
    assert len(server.requests) == 1  # the second call never went out, and was not retried
    client._client.close()


def test_async_exhausted_pool_says_so_within_the_pool_timeout(raw_server: Any) -> None:
    server = raw_server(media)

    async def main() -> None:
        client = async_client(server, connections=1, pool=0.3)
        async with await client.audio.speech.create(**SPEECH):
            with pytest.raises(venice.PoolTimeoutError, match="neither read nor closed"):
                await client.chat.completions.create(model="m", messages=HI)
        await client._client.aclose()

    asyncio.run(main())
    assert len(server.requests) == 1


def test_default_pool_wait_is_short() -> None:
    assert venice.DEFAULT_TIMEOUT.pool is not None and venice.DEFAULT_TIMEOUT.pool <= 30.0
    assert venice.DEFAULT_TIMEOUT.read is not None and venice.DEFAULT_TIMEOUT.read >= 600.0


def test_dropped_unparsed_raw_responses_release_their_connections(raw_server: Any) -> None:
    """``with_raw_response`` of media: an ``APIResponse`` never parsed gives its connection back;
    once parsed, the result owns it (no warning for the raw wrapper dropped after ``parse()``)."""
    server = raw_server(media)
    client = sync_client(server)
    with pytest.warns(ResourceWarning, match="APIResponse of POST .* dropped without being read") as warned:
        for _ in range(DROPPED):
            client.audio.speech.with_raw_response.create(**SPEECH)  # dropped at once
        gc.collect()
    assert len(warned) == DROPPED
    content = client.audio.speech.with_raw_response.create(**SPEECH).parse().content
    assert content.startswith(b"ID3")
    client._client.close()
    assert server.wait_open_connections(lambda n: n == 0) == 0
