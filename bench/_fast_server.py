"""A fast keep-alive HTTP/1.1 server on 127.0.0.1 for throughput benchmarks (asyncio protocol).

The stdlib ``ThreadingHTTPServer`` (``_server.py``) saturates near a thousand requests per second,
below what aiohttp clients reach; this server answers every request with the canned chat
completion of ``_server.py`` (or, when the request body asks ``"stream": true``, its canned SSE
stream, ``sse_body()``; for a ``response_format``, ``STRUCTURED_COMPLETION``, whose content is
JSON) from one event loop, uvloop's where installed (it is in the bench environment), so that it is
not the bottleneck. It parses just enough HTTP for benchmark clients
(request line, ``Content-Length``, keep-alive, pipelining); every answer is one prepared buffer.

Run as a script it prints its base URL and serves until stdin closes; ``spawn()`` runs it in a
child process. Benchmarks only: no chunked request bodies, no TLS.
"""

from __future__ import annotations

import asyncio
import sys
from contextlib import AbstractContextManager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _server import COMPLETION, STRUCTURED_COMPLETION, spawn_script, sse_body


def answer(content_type: bytes, body: bytes) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (content_type, len(body))
    return head + body


RESPONSE = answer(b"application/json", COMPLETION)
STRUCTURED_RESPONSE = answer(b"application/json", STRUCTURED_COMPLETION)
SSE_RESPONSE = answer(b"text/event-stream", sse_body())


def asks_stream(body: bytes) -> bool:
    return b'"stream": true' in body or b'"stream":true' in body


def pick(body: bytes) -> bytes:
    """The SSE stream for ``stream: true``, the structured answer for a ``response_format``, else the
    plain completion."""
    if asks_stream(body):
        return SSE_RESPONSE
    return STRUCTURED_RESPONSE if b'"response_format"' in body else RESPONSE


class Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.WriteTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is no asyncio.Transport subclass

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
            out.append(pick(self.buffer[end + 4 : total]))
            self.buffer = self.buffer[total:]
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


def event_loop_runner() -> asyncio.Runner:
    """uvloop's loop where it is installed (the bench environment), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.Runner()
    return asyncio.Runner(loop_factory=uvloop.new_event_loop)


if __name__ == "__main__":
    with event_loop_runner() as runner:
        runner.run(_main())
