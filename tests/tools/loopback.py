"""A fake Venice on 127.0.0.1 (aiohttp.web) for the command line, the batch runner and their benchmarks.

It answers the routes the tools use with spec-shaped data, and behaves like Venice where the
tools must cope:

- **request limit**: fixed windows of ``window`` seconds, ``limit`` requests each; every answer
  carries ``x-ratelimit-limit-requests``, ``-remaining-requests``, ``-reset-requests`` (a Unix
  timestamp, in milliseconds so short test windows stay exact) and the token headers; a request
  over the limit gets 429 ``RATE_LIMIT_EXCEEDED``;
- **failed-request lockout**: more than ``lockout_failures`` failed answers in ``lockout_window``
  seconds and every request gets 429 "Too many failed attempts";
- **failures**: the first attempt of a fraction ``failure_rate`` of request bodies (chosen by a hash
  of the body, so the same input fails the same way in every run) gets 500; a chat message
  containing ``FAIL400`` always gets 400;
- **its own clock**: ``clock_offset`` seconds ahead of this machine's (negative: behind), as the
  ``Date`` header, the reset timestamps and the windows show it;
- **slow and broken answers** (``faults``, see ``loopback_faults.py``): chat answers delayed,
  dripped, or cut off by a connection reset.

``stats`` counts what happened (answers by status, 429s with their times, successful answers per
body, to find requests processed twice). Run in a thread (``with LoopbackVenice(...) as server``)
or as a script (``python tests/tools/loopback.py --limit 600 --window 3`` prints the base URL,
serves until stdin closes, then prints the stats as JSON).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import email.utils
import glob
import hashlib
import json
import logging
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from loopback_faults import Fault, FaultMix, deliver, reset_connection

API_KEY = "test-key"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
MP3 = b"ID3\x04\0\0\0\0\0\0" + b"\xff\xfb" * 500
MP4 = b"\0\0\0\x18ftypmp42" + b"\0" * 200
MODELS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "venice-spec" / "models"
LOCKOUT_MESSAGE = (
    "Too many failed attempts (> 20) resulting in a non-success status code. Please wait 30s and try "
    "again. See https://docs.venice.ai/api-reference/rate-limiting for more information."
)


def _models() -> list[dict[str, Any]]:
    files = sorted(glob.glob(str(MODELS_DIR / "*.json")))
    if files:
        data: list[dict[str, Any]] = json.loads(Path(files[-1]).read_text())
        return [{"object": "model", "owned_by": "venice.ai", **m} for m in data]
    return [
        {
            "id": "zai-org-glm-5-1",
            "type": "text",
            "object": "model",
            "owned_by": "venice.ai",
            "model_spec": {},
        }
    ]


def completion(content: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-" + hashlib.sha256(content.encode()).hexdigest()[:12],
        "object": "chat.completion",
        "created": 1,
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": content},
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10},
    }


def chunk(content: str | None, finish: str | None = None, model: str = "m") -> bytes:
    delta = {"role": "assistant", "content": content} if content is not None else {}
    data = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(data).encode() + b"\n\n"


@dataclass
class Stats:
    by_status: Counter[int] = field(default_factory=Counter)
    rate_limited_at: list[float] = field(default_factory=list)
    lockouts: int = 0
    accepted_at: list[float] = field(default_factory=list)  # requests counted against the limit
    successes_per_body: Counter[str] = field(default_factory=Counter)
    requests: list[dict[str, Any]] = field(default_factory=list)
    faults: Counter[str] = field(default_factory=Counter)  # answers slowed, dripped or reset

    def to_json(self) -> dict[str, Any]:
        return {
            "by_status": {str(k): v for k, v in self.by_status.items()},
            "rate_limited_at": self.rate_limited_at,
            "lockouts": self.lockouts,
            "accepted_at": self.accepted_at,
            "processed_twice": sum(1 for n in self.successes_per_body.values() if n > 1),
            "faults": dict(self.faults),
        }


# A client killed mid-request (the resume tests and benchmarks do it on purpose) is not a server error.
logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)


class LoopbackVenice:
    def __init__(
        self,
        *,
        limit: int | None = None,
        window: float = 60.0,
        failure_rate: float = 0.0,
        lockout_failures: int = 20,
        lockout_window: float = 30.0,
        token_limit: int = 1_000_000,
        chunk_delay: float = 0.0,
        job_polls: int = 2,
        latency: float = 0.0,
        record: bool = False,
        clock_offset: float = 0.0,
        faults: FaultMix | None = None,
    ) -> None:
        self.limit = limit
        self.window = window
        self.failure_rate = failure_rate
        self.lockout_failures = lockout_failures
        self.lockout_window = lockout_window
        self.token_limit = token_limit
        self.chunk_delay = chunk_delay
        self.job_polls = job_polls
        self.latency = latency
        self.record = record
        self.clock_offset = clock_offset
        self.faults = faults
        self.stats = Stats()
        self.started = self.clock()
        self._window_counts: Counter[int] = Counter()
        self._failures: list[float] = []
        self._attempts: Counter[str] = Counter()
        self._polls: Counter[str] = Counter()
        self._models = _models()
        self.base_url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    # -- limits -------------------------------------------------------------------------------

    def clock(self) -> float:
        """The server's time: this machine's, ``clock_offset`` seconds off."""
        return time.time() + self.clock_offset

    def _limit_headers(self, now: float) -> dict[str, str]:
        date = {"Date": email.utils.formatdate(now, usegmt=True)} if self.clock_offset else {}
        if self.limit is None:
            return date
        index = int((now - self.started) // self.window)
        reset = self.started + (index + 1) * self.window
        used = self._window_counts[index]
        return {
            "x-ratelimit-limit-requests": str(self.limit),
            "x-ratelimit-remaining-requests": str(max(self.limit - used, 0)),
            "x-ratelimit-reset-requests": str(int(reset * 1000)),
            "x-ratelimit-limit-tokens": str(self.token_limit),
            "x-ratelimit-remaining-tokens": str(max(self.token_limit - used * 10, 0)),
            "x-ratelimit-reset-tokens": f"{reset - now:.3f}",
            **date,
        }

    def _admit(self, now: float) -> web.Response | None:
        """The 429 this request gets, or None (then it counts against the window)."""
        horizon = now - self.lockout_window
        self._failures = [t for t in self._failures if t > horizon]
        if len(self._failures) > self.lockout_failures:
            self.stats.lockouts += 1
            return self._error(429, LOCKOUT_MESSAGE, now)
        if self.limit is not None:
            index = int((now - self.started) // self.window)
            if self._window_counts[index] >= self.limit:
                return self._error(429, "Rate limit exceeded", now)
            self._window_counts[index] += 1
        self.stats.accepted_at.append(now)
        return None

    def _error(self, status: int, message: str, now: float) -> web.Response:
        self._failures.append(now)
        if status == 429:
            self.stats.rate_limited_at.append(now)
        return web.json_response({"error": message}, status=status, headers=self._limit_headers(now))

    # -- routes -------------------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        now = self.clock()
        raw = await request.read()
        if self.record:
            self.stats.requests.append(
                {"method": request.method, "path": request.path_qs, "body": raw.decode(errors="replace")}
            )
        if request.headers.get("Authorization") != f"Bearer {API_KEY}":
            answer: web.StreamResponse = self._error(401, "Authentication failed", now)
        else:
            answer = self._admit(now) or await self._answer(request, raw, now)
        self.stats.by_status[answer.status] += 1
        return answer

    async def _answer(self, request: web.Request, raw: bytes, now: float) -> web.StreamResponse:
        if self.latency:
            await asyncio.sleep(self.latency)
        route = request.path.removeprefix("/api/v1")
        body: Any = None
        if raw and request.content_type == "application/json":
            body = json.loads(raw)
        digest = hashlib.sha256(raw).hexdigest()
        model = body.get("model", "m") if isinstance(body, dict) else "m"
        if model == "missing-model":
            return self._error(404, "Specified model not found", now)
        if body is not None and "FAIL400" in raw.decode(errors="replace"):
            return self._error(400, "Invalid request parameters", now)
        self._attempts[digest] += 1
        if self._attempts[digest] == 1 and int(digest[:8], 16) / 2**32 < self.failure_rate:
            return self._error(500, "Inference processing failed", now)
        headers = self._limit_headers(now)
        headers["x-request-id"] = "req-" + digest[:12]
        if route == "/chat/completions":
            return await self._chat(request, body, digest, headers)
        self.stats.successes_per_body[digest] += 1
        if route == "/models":
            wanted = request.query.get("type")
            data = [m for m in self._models if wanted in (None, "all", m.get("type"))]
            return web.json_response(
                {"object": "list", "type": wanted or "text", "data": data}, headers=headers
            )
        if route == "/models/traits":
            wanted = request.query.get("type", "text")
            of_type = [m for m in self._models if m.get("type") == wanted]
            traits = {t: m["id"] for m in of_type for t in (m.get("model_spec") or {}).get("traits") or []}
            if of_type:
                traits.setdefault("default", of_type[0]["id"])
            return web.json_response({"object": "list", "type": wanted, "data": traits}, headers=headers)
        if route == "/embeddings":
            inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
            data = [
                {"object": "embedding", "index": i, "embedding": [round(len(str(t)) / 10, 3), 0.5]}
                for i, t in enumerate(inputs)
            ]
            usage = {"prompt_tokens": 1, "total_tokens": 1}
            return web.json_response(
                {"object": "list", "model": model, "data": data, "usage": usage}, headers=headers
            )
        if route == "/image/generate":
            images = [base64.b64encode(PNG).decode()] * int(body.get("variants", 1))
            return web.json_response({"id": "img-1", "images": images, "timing": {}}, headers=headers)
        if route in ("/image/upscale", "/image/edit"):
            return web.Response(body=PNG, content_type="image/png", headers=headers)
        if route == "/audio/speech":
            return web.Response(body=MP3, content_type="audio/mpeg", headers=headers)
        if route == "/audio/transcriptions":
            return web.json_response({"text": "hello from the loopback"}, headers=headers)
        if route in ("/video/queue", "/audio/queue"):
            queued = {"model": model, "queue_id": "q-" + digest[:8]}
            if route == "/audio/queue":
                queued["status"] = "QUEUED"
            return web.json_response(queued, headers=headers)
        if route in ("/video/retrieve", "/audio/retrieve"):
            return self._job(route, body, headers)
        return web.json_response({"error": f"no route {route}"}, status=404, headers=headers)

    async def _chat(
        self, request: web.Request, body: dict[str, Any], digest: str, headers: dict[str, str]
    ) -> web.StreamResponse:
        fault = self.faults.pick(digest, self._attempts[digest]) if self.faults else None
        if fault is not None:
            self.stats.faults[fault.kind] += 1
            if fault.kind == "slow":
                await asyncio.sleep(fault.delay)
        if fault is None or fault.kind != "reset":  # a reset answer was never whole
            self.stats.successes_per_body[digest] += 1
        text = "echo: " + str(body["messages"][-1].get("content"))
        model = body.get("model", "m")
        if body.get("stream"):
            return await self._stream(request, text, model, headers, fault)
        answer = web.json_response(completion(text, model), headers=headers)
        if fault is None or fault.kind == "slow":
            return answer
        assert self.faults is not None
        return await deliver(request, answer, fault, self.faults.drip_pieces)

    def _job(self, route: str, body: dict[str, Any], headers: dict[str, str]) -> web.Response:
        queue_id = str(body.get("queue_id"))
        self._polls[queue_id] += 1
        if self._polls[queue_id] <= self.job_polls:
            status = {
                "status": "PROCESSING",
                "average_execution_time": 1000 * (self.job_polls + 1),
                "execution_duration": 1000 * self._polls[queue_id],
            }
            return web.json_response(status, headers=headers)
        if route == "/video/retrieve":
            return web.Response(body=MP4, content_type="video/mp4", headers=headers)
        return web.Response(body=MP3, content_type="audio/mpeg", headers=headers)

    async def _stream(
        self, request: web.Request, text: str, model: str, headers: dict[str, str], fault: Fault | None = None
    ) -> web.StreamResponse:
        response = web.StreamResponse(headers={**headers, "Content-Type": "text/event-stream"})
        await response.prepare(request)
        words = text.split(" ")
        delay = fault.delay if fault is not None and fault.kind == "drip" else self.chunk_delay
        for i, word in enumerate(words):
            await response.write(chunk(word if i == 0 else " " + word, model=model))
            if fault is not None and fault.kind == "reset":
                reset_connection(request)
                return response
            if delay:
                await asyncio.sleep(delay)
        await response.write(chunk(None, "stop", model=model) + b"data: [DONE]\n\n")
        await response.write_eof()
        return response

    async def _stats(self, request: web.Request) -> web.Response:
        return web.json_response(self.stats.to_json())

    # -- lifecycle ----------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/_loopback/stats", self._stats)
        app.router.add_route("*", "/{tail:.*}", self.handle)
        return app

    async def start(self) -> str:
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.started = self.clock()
        self.base_url = f"http://127.0.0.1:{port}/api/v1"
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def __enter__(self) -> LoopbackVenice:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self.start())
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self.stop())
            self._loop.close()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._thread is not None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--window", type=float, default=60.0)
    parser.add_argument("--failure-rate", type=float, default=0.0)
    parser.add_argument("--lockout-failures", type=int, default=20)
    parser.add_argument("--lockout-window", type=float, default=30.0)
    args = parser.parse_args()
    server = LoopbackVenice(
        limit=args.limit,
        window=args.window,
        failure_rate=args.failure_rate,
        lockout_failures=args.lockout_failures,
        lockout_window=args.lockout_window,
    )

    async def serve() -> None:
        print(await server.start(), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        await server.stop()

    asyncio.run(serve())
    print(json.dumps(server.stats.to_json()), flush=True)


if __name__ == "__main__":
    main()
