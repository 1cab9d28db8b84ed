"""A fake Venice API on a real loopback socket (127.0.0.1 only), for fault and docs-example tests.

Routes answer canned, spec-shaped data; ``faults`` lets a test script the next answers of a path
(status codes, a stream cut mid-body, a stall longer than the client's timeout).
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "zai-org-glm-5-1",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "hi"},
        }
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}


def chunk(content: str, finish: str | None = None) -> bytes:
    data = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "zai-org-glm-5-1",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(data).encode() + b"\n\n"


STREAM = chunk("Hel") + chunk("lo", "stop") + b"data: [DONE]\n\n"

JSON_ROUTES: dict[str, Any] = {
    "/api/v1/chat/completions": CHAT,
    "/api/v1/embeddings": {
        "object": "list",
        "model": "text-embedding-bge-m3",
        "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
        "usage": {"prompt_tokens": 1, "total_tokens": 1},
    },
    "/api/v1/image/generate": {"id": "img-1", "images": ["aGVsbG8="], "timing": {}},
    "/api/v1/models": {
        "object": "list",
        "type": "image",
        "data": [
            {
                "id": "venice-sd35",
                "type": "image",
                "object": "model",
                "owned_by": "venice.ai",
                "created": 1727966436,
                "model_spec": {"name": "Venice SD35", "privacy": "private", "traits": []},
            }
        ],
    },
    "/api/v1/video/queue": {"model": "wan-2.5", "queue_id": "q-1"},
}


class FakeVenice:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.faults: dict[str, deque[Callable[[BaseHTTPRequestHandler], None]]] = defaultdict(deque)
        self.video_polls = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _body(self) -> Any:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    return json.loads(raw) if raw else None
                except ValueError:
                    return raw

            def do_GET(self) -> None:
                self._handle(None)

            def do_POST(self) -> None:
                self._handle(self._body())

            def _handle(self, body: Any) -> None:
                path = self.path.split("?", 1)[0]
                server.requests.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers)}
                )
                queue = server.faults.get(path)
                if queue:
                    queue.popleft()(self)
                    return
                server.answer(self, path, body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/api/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def answer(self, h: BaseHTTPRequestHandler, path: str, body: Any) -> None:
        if path == "/api/v1/chat/completions" and isinstance(body, dict) and body.get("stream"):
            send(h, 200, STREAM, "text/event-stream")
        elif path == "/api/v1/audio/speech":
            send(h, 200, b"ID3" + b"\0" * 1000, "audio/mpeg")
        elif path == "/api/v1/video/retrieve":
            self.video_polls += 1
            if self.video_polls < 3:
                status = {
                    "status": "PROCESSING",
                    "average_execution_time": 10,
                    "execution_duration": self.video_polls,
                }
                send_json(h, 200, status)
            else:
                send(h, 200, b"\0\0\0\x18ftypmp4" + b"\0" * 100, "video/mp4")
        elif path in JSON_ROUTES:
            send_json(
                h,
                200,
                JSON_ROUTES[path],
                {"X-Balance-Remaining": "4.230000", "x-ratelimit-remaining-requests": "99"},
            )
        else:
            send_json(h, 404, {"error": "Specified model not found"})

    def __enter__(self) -> FakeVenice:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def send(
    h: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str,
    headers: dict[str, str] | None = None,
) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)
    h.wfile.flush()


def send_json(
    h: BaseHTTPRequestHandler, status: int, data: Any, headers: dict[str, str] | None = None
) -> None:
    send(h, status, json.dumps(data).encode(), "application/json", headers)


def cut_stream_after(body: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    """Announce a chunked SSE body, send ``body``, then drop the connection."""

    def fault(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        h.wfile.write(f"{len(body):x}\r\n".encode() + body + b"\r\n")
        h.wfile.flush()
        h.close_connection = True
        h.connection.shutdown(2)

    return fault


def status(
    code: int, data: Any, headers: dict[str, str] | None = None
) -> Callable[[BaseHTTPRequestHandler], None]:
    return lambda h: send_json(h, code, data, headers)


def stall(seconds: float) -> Callable[[BaseHTTPRequestHandler], None]:
    def fault(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        with contextlib.suppress(OSError):  # the client has given up and closed the socket
            send_json(h, 200, CHAT)

    return fault
