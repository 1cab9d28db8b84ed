"""A loopback HTTP/1.1 server that speaks raw bytes, for fault injection (127.0.0.1 only).

Each accepted connection is served by a thread: it parses requests (request line, headers,
``Content-Length`` body), records them exactly as received (``raw_line`` is the request line
byte for byte, before any normalisation), and hands each to ``answer``: a function of the
request returning an ``Answer``, a list of steps executed on the socket (send bytes, sleep,
close, reset with RST). Nothing is framed for the test: a step sends what it says, so a body
can be cut, mis-encoded, or left unfinished.

``open_connections`` counts the sockets the server holds open at this moment.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .fake_venice import STREAM


@dataclass
class Request:
    raw_line: bytes
    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    connection: int  # the index of the connection it arrived on

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Answer:
    """Steps: ``bytes`` (sent), ``float`` (slept), ``"close"``, ``"reset"``; after the last step
    the connection is kept for the next request unless a step ended it."""

    steps: list[bytes | float | str] = field(default_factory=list)


Handler = Callable[[Request], Answer]


def response_bytes(
    status: int,
    body: bytes = b"",
    content_type: str | None = "application/json",
    headers: dict[str, str] | None = None,
    *,
    length: int | None = None,
    reason: str = "X",
) -> bytes:
    """The bytes of a complete response; ``length`` overrides the Content-Length announced."""
    lines = [f"HTTP/1.1 {status} {reason}"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    lines.append(f"Content-Length: {len(body) if length is None else length}")
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def ok(body: bytes | Any, content_type: str = "application/json", **headers: str) -> Answer:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return Answer([response_bytes(200, data, content_type, headers)])


def status(code: int, body: Any = None, **headers: str) -> Answer:
    data = json.dumps(body if body is not None else {"error": "x"}).encode()
    return Answer(
        [response_bytes(code, data, "application/json", {k.replace("_", "-"): v for k, v in headers.items()})]
    )


def reset() -> Answer:
    """Read the request, then reset the connection without a byte of answer."""
    return Answer(["reset"])


def cut(status_code: int, body: bytes, content_type: str, *, sent: int, then: str = "reset") -> Answer:
    """Announce ``body`` fully, send only its first ``sent`` bytes, then ``then`` the connection."""
    head = response_bytes(status_code, b"", content_type, length=len(body))
    return Answer([head + body[:sent], 0.05, then])


def gzip_corrupt(content_type: str) -> Answer:
    """A body announced as gzip that is not gzip."""
    body = b"\x1f\x8b\x08\x00garbage-that-is-not-deflate" * 4
    return Answer([response_bytes(200, body, content_type, {"Content-Encoding": "gzip"})])


def gzipped(data: bytes, content_type: str) -> Answer:
    return Answer([response_bytes(200, gzip.compress(data), content_type, {"Content-Encoding": "gzip"})])


class RawServer:
    def __init__(self, answer: Handler) -> None:
        self.answer = answer
        self.requests: list[Request] = []
        self.connections = 0
        self._open = 0
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(1024)
        self.port = self._sock.getsockname()[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.base_url = f"{self.origin}/api/v1"
        self._stopping = threading.Event()  # set on exit: wakes answers that are pausing
        self._threads: list[threading.Thread] = []
        self._clients: list[socket.socket] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    @property
    def open_connections(self) -> int:
        with self._lock:
            return self._open

    def wait_open_connections(self, expected: Callable[[int], bool], timeout: float = 5.0) -> int:
        """Poll until ``expected(open_connections)`` or the timeout; return the last count."""
        deadline = time.monotonic() + timeout
        while True:
            count = self.open_connections
            if expected(count) or time.monotonic() > deadline:
                return count
            time.sleep(0.01)

    def __enter__(self) -> RawServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (close alone does not)
        with contextlib.suppress(OSError):
            self._sock.close()
        for conn in list(self._clients):
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._acceptor.join(timeout=2)
        for thread in self._threads:
            thread.join(timeout=2)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                index = self.connections
                self.connections += 1
                self._open += 1
                self._clients.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn, index), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket, index: int) -> None:
        try:
            with contextlib.suppress(OSError):
                for request in _requests(conn, index):
                    with self._lock:
                        self.requests.append(request)
                    if not self._play(conn, self.answer(request)):
                        return
        finally:
            with contextlib.suppress(OSError):
                conn.close()
            with self._lock:
                self._open -= 1
                self._clients.remove(conn)

    def _play(self, conn: socket.socket, answer: Answer) -> bool:
        """Run the steps; ``False`` when the connection was ended."""
        for step in answer.steps:
            if isinstance(step, bytes):
                conn.sendall(step)
            elif isinstance(step, float):
                if self._stopping.wait(step):  # the test is over: stop pausing, end the answer
                    return False
            elif step == "close":
                conn.shutdown(socket.SHUT_RDWR)
                return False
            elif step == "reset":
                # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return False
        return True


def _requests(conn: socket.socket, index: int) -> Iterator[Request]:
    buffer = b""
    while True:
        while b"\r\n\r\n" not in buffer:
            data = conn.recv(65536)
            if not data:
                return
            buffer += data
        head, _, buffer = buffer.partition(b"\r\n\r\n")
        raw_line, *header_lines = head.split(b"\r\n")
        headers: dict[str, str] = {}
        for line in header_lines:
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(buffer) < length:
            data = conn.recv(65536)
            if not data:
                return
            buffer += data
        body, buffer = buffer[:length], buffer[length:]
        method, target, _ = raw_line.decode("latin-1").split(" ", 2)
        yield Request(raw_line, method, target, headers, body, index)


def chat(content: str = "hi") -> dict[str, Any]:
    """A chat completion answer carrying ``content``."""
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": content},
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


SSE_BODY = STREAM  # two chunks and [DONE]
