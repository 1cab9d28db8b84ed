"""A keep-alive HTTP server on 127.0.0.1 for benchmarks: canned chat completion, or N bytes.

Also the canned bodies the other benchmark servers and in-memory transports answer with:
``COMPLETION`` (a chat completion) and ``sse_body()`` (a streamed one, ``SSE_EVENTS`` chunks).

``spawn()`` runs it in a separate process, so that the client being measured does not share its
interpreter (GIL, garbage collector, memory) with the server; ``start()`` runs it in a thread.
Run as a script (``python bench/_server.py [binary_size]``) it prints its base URL and serves
until stdin closes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COMPLETION = json.dumps(
    {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1,
        "model": "zai-org-glm-5-1",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": "Hello! How can I help you today?"},
            }
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 9, "total_tokens": 21},
    }
).encode()

# The same completion answering a `response_format`: its content is JSON (bench/helpers_cost.py).
STRUCTURED_CONTENT = {
    "title": "Meeting notes",
    "date": "2026-12-08",
    "attendees": [{"name": "Ada", "role": "chair"}, {"name": "Linus", "role": "notes"}],
    "action_items": ["ship parse", "measure it", "write the docs"],
    "priority": 2,
}
STRUCTURED_COMPLETION = COMPLETION.replace(
    json.dumps("Hello! How can I help you today?").encode(),
    json.dumps(json.dumps(STRUCTURED_CONTENT)).encode(),
)

SSE_EVENTS = 20_000


def sse_body(events: int = SSE_EVENTS) -> bytes:
    """A streamed chat completion: ``events`` chunks of one token each, then ``[DONE]``."""
    parts = []
    for i in range(events):
        chunk = {
            "id": "chatcmpl-bench",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "zai-org-glm-5-1",
            "choices": [{"index": 0, "delta": {"content": f"tok{i} "}, "finish_reason": None}],
        }
        parts.append(b"data: " + json.dumps(chunk).encode() + b"\n\n")
    parts.append(b"data: [DONE]\n\n")
    return b"".join(parts)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes; avoid 40 ms delayed ACKs
    binary_size = 0

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        if self.path.endswith("/audio/speech"):
            self.send_response(200)
            self.send_header("Content-Type", "audio/mpeg")
            self.send_header("Content-Length", str(self.binary_size))
            self.end_headers()
            block = b"\0" * (1 << 20)
            remaining = self.binary_size
            while remaining:
                n = min(remaining, len(block))
                self.wfile.write(block[:n])
                remaining -= n
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(COMPLETION)))
        self.end_headers()
        self.wfile.write(COMPLETION)


def start(binary_size: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Serve from a daemon thread of this process; returns the server and its base URL."""
    Handler.binary_size = binary_size
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/api/v1"


@contextmanager
def spawn_script(script: str, *args: str) -> Iterator[str]:
    """Run a server ``script`` in a child process for the ``with`` block; yields the base URL it
    prints first. The child serves until its stdin is closed."""
    child = subprocess.Popen(
        [sys.executable, script, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=10)


def spawn(binary_size: int = 0) -> AbstractContextManager[str]:
    """This server in a child process (see ``spawn_script``)."""
    return spawn_script(__file__, str(binary_size))


if __name__ == "__main__":
    server, url = start(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    print(url, flush=True)
    sys.stdin.read()  # until the parent closes our stdin (or exits)
    server.shutdown()
