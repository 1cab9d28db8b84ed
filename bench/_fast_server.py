"""A fast keep-alive HTTP/1.1 server on 127.0.0.1 for throughput benchmarks (asyncio protocol).

The stdlib ``ThreadingHTTPServer`` (``_server.py``) saturates near a thousand requests per second,
below what aiohttp clients reach; this server answers every request with the canned chat
completion of ``_server.py`` from one event loop, so that it is not the bottleneck. It parses just
enough HTTP for benchmark clients (request line, ``Content-Length``, keep-alive, pipelining).

Run as a script it prints its base URL and serves until stdin closes; ``spawn()`` runs it in a
child process. Benchmarks only: no chunked request bodies, no TLS.
"""

from __future__ import annotations

import asyncio
import sys
from contextlib import AbstractContextManager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _server import COMPLETION, spawn_script

RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(COMPLETION)).encode()
    + b"\r\n\r\n"
    + COMPLETION
)


class Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        out = []
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = self.buffer[:end].lower()
            length = 0
            start = head.find(b"\r\ncontent-length:")
            if start >= 0:
                stop = head.find(b"\r\n", start + 2)
                length = int(head[start + 17 : stop if stop >= 0 else None])
            total = end + 4 + length
            if len(self.buffer) < total:
                break
            self.buffer = self.buffer[total:]
            out.append(RESPONSE)
        if out and self.transport is not None:
            self.transport.write(b"".join(out))


async def serve(ready: asyncio.Future[str]) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Protocol, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    ready.set_result(f"http://127.0.0.1:{port}/api/v1")
    await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes our stdin
    server.close()


async def _main() -> None:
    ready: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(serve(ready))
    print(await ready, flush=True)
    await task


def spawn() -> AbstractContextManager[str]:
    """Serve from a child process for the duration of the ``with`` block; yields the base URL."""
    return spawn_script(__file__)


if __name__ == "__main__":
    asyncio.run(_main())
