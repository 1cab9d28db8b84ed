"""A real HTTP server on 127.0.0.1 serving canned responses, for what Prism cannot serve (SSE
streams, binary bodies) and for the real ``/models`` snapshots."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Loopback:
    def __init__(self, server: ThreadingHTTPServer) -> None:
        self._server = server
        self.routes: dict[tuple[str, str], tuple[int, str, bytes]] = {}
        self.seen: list[tuple[str, str]] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api/v1"

    def serve(self, method: str, path: str, status: int, content_type: str, body: bytes) -> None:
        self.routes[(method, "/api/v1" + path)] = (status, content_type, body)


@contextlib.contextmanager
def loopback() -> Iterator[Loopback]:
    state: dict[str, Loopback] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            path = self.path.partition("?")[0]
            server = state["server"]
            server.seen.append((self.command, self.path))
            status, content_type, body = server.routes.get(
                (self.command, path), (404, "application/json", b'{"error": "no route in the test server"}')
            )
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PATCH = do_DELETE = _answer

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

    http_server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state["server"] = Loopback(http_server)
    thread = threading.Thread(target=http_server.serve_forever, name="loopback", daemon=True)
    thread.start()
    try:
        yield state["server"]
    finally:
        http_server.shutdown()
        http_server.server_close()
        thread.join(timeout=5)
