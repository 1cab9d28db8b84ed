"""The same calls through ``Venice`` and ``AsyncVenice``, so each fault test runs in every mode:
``sync`` and ``async`` on their default transports (httpx over httpcore2), and ``aiohttp``, an
``AsyncVenice`` on ``venice.http_clients.aiohttp_client()``.

``run(mode, server, action, ...)`` builds a client against the server, performs ``action`` (a
method of ``SyncCalls`` / ``AsyncCalls``, the same name in both) and closes the client; an
exception the call raises propagates unchanged.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from _sleepless import client as sleepless

from venice import AsyncVenice, Venice
from venice.http_clients import aiohttp_client

MODES = ["sync", "async", "aiohttp"]
KEY = "sk-fault-SECRET-0123456789abcdef"
HI = [{"role": "user", "content": "hi"}]
SPEECH = {"model": "tts-kokoro", "input": "Hello", "voice": "af_sky"}


def _method(client: Any, dotted: str) -> Any:
    return functools.reduce(getattr, dotted.split("."), client)


class SyncCalls:
    def __init__(self, client: Venice) -> None:
        self.client = client

    def chat(self, **kwargs: Any) -> Any:
        return (
            self.client.chat.completions.create(model="m", messages=HI, **kwargs).choices[0].message.content
        )

    def chat_raw(self) -> Any:
        raw = self.client.chat.completions.with_raw_response.create(model="m", messages=HI)
        return raw.parse().choices[0].message.content

    def chat_streamed(self) -> Any:
        with self.client.chat.completions.with_streaming_response.create(model="m", messages=HI) as response:
            return response.parse().choices[0].message.content

    def stream(self) -> list[Any]:
        stream = self.client.chat.completions.create(model="m", messages=HI, stream=True)
        return [chunk.choices[0].delta.content for chunk in stream]

    def speech(self) -> bytes:
        return self.client.audio.speech.create(**SPEECH).content

    def speech_iter(self) -> bytes:
        return b"".join(self.client.audio.speech.create(**SPEECH).iter_bytes())

    def speech_to_file(self, path: Path) -> None:
        self.client.audio.speech.create(**SPEECH).write_to_file(path)

    def call(self, dotted: str, *args: Any, **kwargs: Any) -> Any:
        return _method(self.client, dotted)(*args, **kwargs)


class AsyncCalls:
    def __init__(self, client: AsyncVenice) -> None:
        self.client = client

    async def chat(self, **kwargs: Any) -> Any:
        completion = await self.client.chat.completions.create(model="m", messages=HI, **kwargs)
        return completion.choices[0].message.content

    async def chat_raw(self) -> Any:
        raw = await self.client.chat.completions.with_raw_response.create(model="m", messages=HI)
        return (await raw.parse()).choices[0].message.content

    async def chat_streamed(self) -> Any:
        async with self.client.chat.completions.with_streaming_response.create(
            model="m", messages=HI
        ) as response:
            return (await response.parse()).choices[0].message.content

    async def stream(self) -> list[Any]:
        stream = await self.client.chat.completions.create(model="m", messages=HI, stream=True)
        return [chunk.choices[0].delta.content async for chunk in stream]

    async def speech(self) -> bytes:
        return await (await self.client.audio.speech.create(**SPEECH)).read()

    async def speech_iter(self) -> bytes:
        response = await self.client.audio.speech.create(**SPEECH)
        return b"".join([part async for part in response.iter_bytes()])

    async def speech_to_file(self, path: Path) -> None:
        await (await self.client.audio.speech.create(**SPEECH)).write_to_file(path)

    async def call(self, dotted: str, *args: Any, **kwargs: Any) -> Any:
        return await _method(self.client, dotted)(*args, **kwargs)


@asynccontextmanager
async def async_venice(mode: str, **options: Any) -> AsyncIterator[AsyncVenice]:
    """An ``AsyncVenice`` for ``mode`` (``"async"`` or ``"aiohttp"``: then on ``aiohttp_client()``,
    unless ``options`` give an ``http_client``), closed with its HTTP client on exit."""
    own = aiohttp_client() if mode == "aiohttp" and "http_client" not in options else None
    if own is not None:
        options["http_client"] = own
    try:
        async with sleepless(AsyncVenice, **options) as client:
            yield client
    finally:
        if own is not None:
            await own.aclose()


def run(
    mode: str, base_url: str, action: str, *args: Any, client: dict[str, Any] | None = None, **kwargs: Any
) -> Any:
    """Perform ``action`` in ``mode`` on a fresh client (``client``: constructor options)."""
    options: dict[str, Any] = {"api_key": KEY, "base_url": base_url, "_sleep": lambda seconds: None}
    options.update(client or {})
    if mode == "sync":
        with sleepless(Venice, **options) as sync:
            return getattr(SyncCalls(sync), action)(*args, **kwargs)

    async def main() -> Any:
        async with async_venice(mode, **options) as aclient:
            return await getattr(AsyncCalls(aclient), action)(*args, **kwargs)

    return asyncio.run(main())
