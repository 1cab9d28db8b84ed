"""The offline Venice: a real HTTP server on loopback answering every operation of the package's spec."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from venice import _constants as C
from venice._client import AsyncVenice, Venice
from venice.testing._answers import JSON, Answers, request_fields
from venice.testing._errors import requested_error
from venice.testing._replies import UnanswerableRequest

API_PREFIX = urlsplit(C.DEFAULT_BASE_URL).path  # /api/v1
KEPT_REQUESTS = 10_000
_ANSWER_HEADERS = {
    "x-ratelimit-limit-requests": "500",
    "x-ratelimit-remaining-requests": "499",
    "x-ratelimit-limit-tokens": "1000000",
    "x-ratelimit-remaining-tokens": "999000",
    "x-ratelimit-reset-tokens": "60",
    "x-venice-balance-usd": "10.00",
    "x-venice-balance-diem": "0.00",
}


@dataclass(frozen=True)
class OfflineRequest:
    """A request the offline Venice received (its credentials left out)."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str] = field(repr=False)
    content: bytes = field(repr=False)
    operation_id: str | None

    def json(self) -> Any:
        """The JSON body (ValueError if it is not JSON)."""
        return json.loads(self.content)


_SECRET_HEADERS = frozenset({"authorization", "sign-in-with-x", "x-sign-in-with-x"})


class OfflineVenice:
    """Venice on 127.0.0.1, with no key and no network: every operation of the spec this package was
    generated from, answered from the spec's examples and schemas. Streams, binary media and the
    video/music job life cycle included; errors on demand (see ``venice.testing``).

    Use it as a context manager, or ``start()`` / ``stop()``::

        with OfflineVenice() as offline:
            client = offline.client()
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
            assert offline.requests[-1].json()["model"] == "m"
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._address = (host, port)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        # The latest requests, newest last (a long-running server keeps a bounded number).
        self.requests: deque[OfflineRequest] = deque(maxlen=KEPT_REQUESTS)

    @property
    def base_url(self) -> str:
        """The API's base URL on this server: pass it as ``base_url=`` or ``VENICE_BASE_URL``."""
        if self._server is None:
            raise RuntimeError("the offline Venice is not running: call start() or use it in a with block")
        address = self._server.server_address
        host = address[0].decode() if isinstance(address[0], bytes) else str(address[0])
        host = f"[{host}]" if ":" in host else host
        port = address[1]
        return f"http://{host}:{port}{API_PREFIX}"

    def start(self) -> OfflineVenice:
        if self._server is not None:
            return self
        self._server = ThreadingHTTPServer(self._address, _handler(self, Answers(API_PREFIX)))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="offline-venice", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread, self._server, self._thread = self._server, self._thread, None, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted (what ``python -m venice.testing`` does)."""
        self.start()
        assert self._thread is not None
        try:
            while self._thread.is_alive():
                self._thread.join(timeout=0.5)
        finally:
            self.stop()

    def __enter__(self) -> OfflineVenice:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def client(self, **options: Any) -> Venice:
        """A ``venice.Venice`` talking to this server (any key; ``options`` as for ``Venice``)."""
        options.setdefault("api_key", "offline-key")
        return Venice(base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncVenice:
        """A ``venice.AsyncVenice`` talking to this server (any key; ``options`` as for ``AsyncVenice``)."""
        options.setdefault("api_key", "offline-key")
        return AsyncVenice(base_url=self.base_url, **options)

    def __repr__(self) -> str:
        state = self.base_url if self._server is not None else "stopped"
        return f"OfflineVenice({state})"


def _handler(offline: OfflineVenice, answers: Answers) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "offline-venice"

        def _read_body(self) -> bytes:
            if self.headers.get("transfer-encoding", "").lower() == "chunked":
                chunks = []
                while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
                self.rfile.readline()
                return b"".join(chunks)
            return self.rfile.read(int(self.headers.get("content-length") or 0))

        def _handle(self) -> None:
            body = self._read_body()
            path, _, query = self.path.partition("?")
            headers = {name.lower(): value for name, value in self.headers.items()}
            operation_id, allowed = answers.route(self.command, path)
            offline.requests.append(
                OfflineRequest(
                    self.command,
                    path,
                    query,
                    {k: v for k, v in headers.items() if k not in _SECRET_HEADERS},
                    body,
                    operation_id,
                )
            )
            if operation_id is None:
                if allowed:
                    self._send(
                        405,
                        JSON,
                        _error(f"{self.command} is not allowed on {path}"),
                        {"allow": ", ".join(allowed)},
                    )
                else:
                    self._send(
                        404, JSON, _error(f"No operation at {path} in the spec this package was built from")
                    )
                return
            fields = request_fields(headers.get("content-type", ""), body)
            try:
                error = requested_error(headers, fields)
            except ValueError as exc:
                self._send(400, JSON, _error(str(exc)))
                return
            if error is not None:
                self._send(error.status, JSON, error.body(), error.headers())
                return
            try:
                answer = answers.answer(operation_id, fields, headers)
            except UnanswerableRequest as exc:
                self._send(400, JSON, _error(str(exc)))
                return
            self._send(answer.status, answer.media_type, answer.body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        def _send(
            self, status: int, media_type: str, body: bytes, extra: Mapping[str, str] | None = None
        ) -> None:
            self.send_response(status)
            headers = {
                **_ANSWER_HEADERS,
                "x-ratelimit-reset-requests": str(int(time.time()) + 60),
                **(extra or {}),
            }
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # quiet: the caller reads .requests
            pass

    return Handler


def _error(message: str) -> bytes:
    return json.dumps({"error": message}).encode()
