"""Run a batch: check every line, skip what the output already holds, send the rest concurrently
through an ``AsyncVenice`` behind a ``RateLimiter``, and append one result line per request.

Built on the public client only: each line's operation is the client method named by
the operation table (its method path) and called through ``with_raw_response``, so the client's argument
checks, retries and error types apply. Before anything is sent every line is also run through
the same method on a client whose transport refuses to send, so a body the client would reject
is reported with its line number up front.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .. import (
    NOT_GIVEN,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncBinaryResponse,
    AsyncVenice,
    NotGiven,
    VeniceError,
)
from ..http_clients import AsyncPoolTransport
from ..ratelimit import AsyncRateLimitedTransport, LimitConfig, RateLimiter
from ._input import BatchInputError, BatchRequest, read_requests
from ._output import OutputState, ResultWriter, scan

__all__ = ["BatchProgress", "BatchSummary", "arun_batch", "run_batch"]

DEFAULT_CONCURRENCY = 32


@dataclass
class BatchProgress:
    """Where a run stands; passed to ``on_progress`` after every finished request."""

    total: int  # requests in the input
    done: int  # finished, including those an earlier run finished
    failed: int  # finished with an error line, this run
    already_done: int  # finished by an earlier run (skipped)
    started_at: float  # time.monotonic() at the start of this run


@dataclass
class BatchSummary:
    total: int
    already_done: int
    succeeded: int
    failed: int
    rate_limited: int  # 429 answers received (retried by the client)
    elapsed: float
    dropped_partial_line: bool


class _Refused(Exception):
    """Raised by the dry-run transport: the request was built, so the client accepted the line."""


class _RefuseToSend(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise _Refused


def _method(client: AsyncVenice, method_path: str) -> Callable[..., Any]:
    *namespaces, name = method_path.split(".")
    target: Any = client
    for namespace in namespaces:
        target = getattr(target, namespace)
    method: Callable[..., Any] = getattr(target.with_raw_response, name)
    return method


async def _preflight(requests: list[BatchRequest], base_url: str | httpx.URL) -> list[tuple[int, str]]:
    """Lines whose arguments the client rejects (nothing leaves the process)."""
    problems: list[tuple[int, str]] = []
    http = httpx.AsyncClient(transport=_RefuseToSend())
    async with AsyncVenice(api_key="dry-run", base_url=base_url, http_client=http, max_retries=0) as dry:
        for request in requests:
            try:
                await _method(dry, request.method_path)(*request.path_args, **request.arguments)
            except _Refused:
                continue
            except (TypeError, ValueError) as exc:
                problems.append((request.line, str(exc)))
    await http.aclose()
    return problems


async def _body(value: Any) -> Any:
    """The JSON of a parsed result: a view's JSON as received, text as is, media as base64."""
    if isinstance(value, AsyncBinaryResponse):
        content = await value.read()
        return {"content_type": value.content_type, "base64": base64.b64encode(content).decode()}
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _result(custom_id: str, response: dict[str, Any] | None, error: dict[str, Any] | None) -> dict[str, Any]:
    # The id is derived from custom_id so that a resumed run writes the same lines as a whole run.
    line_id = "batch_req_" + hashlib.sha256(custom_id.encode()).hexdigest()[:24]
    return {"id": line_id, "custom_id": custom_id, "response": response, "error": error}


async def _execute(client: AsyncVenice, request: BatchRequest) -> dict[str, Any]:
    try:
        raw = await _method(client, request.method_path)(*request.path_args, **request.arguments)
        body = await _body(await raw.parse())
        response = {"status_code": raw.status_code, "request_id": raw.request_id, "body": body}
        return _result(request.custom_id, response, None)
    except APIStatusError as err:
        response = {"status_code": err.status_code, "request_id": err.request_id, "body": err.body}
        code = err.code or f"http_{err.status_code}"
        return _result(request.custom_id, response, {"code": code, "message": str(err)})
    except APITimeoutError as err:
        return _result(request.custom_id, None, {"code": "timeout", "message": str(err)})
    except APIConnectionError as err:
        return _result(request.custom_id, None, {"code": "connection_error", "message": str(err)})
    except APIResponseValidationError as err:
        return _result(request.custom_id, None, {"code": "invalid_response", "message": str(err)})
    except VeniceError as err:
        return _result(request.custom_id, None, {"code": type(err).__name__, "message": str(err)})


async def arun_batch(
    input_path: str | Path,
    output_path: str | Path,
    *,
    api_key: str | None = None,
    base_url: str | httpx.URL | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_retries: int = 2,
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    limiter: RateLimiter | None = None,
    redis_url: str | None = None,
    limit_config: LimitConfig | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    on_progress: Callable[[BatchProgress], object] | None = None,
    fsync_interval: float = 1.0,
) -> BatchSummary:
    """Send every request of ``input_path`` not yet in ``output_path`` and append its result there.

    Args:
        input_path: JSON Lines, one ``{"custom_id", "method", "url", "body"}`` per line.
        output_path: JSON Lines of results (``{"id", "custom_id", "response", "error"}``); an
            existing file is resumed: only ``custom_id``s it does not hold are sent.
        api_key / base_url / max_retries / timeout: as for ``AsyncVenice`` (retries follow its policy).
        concurrency: requests in flight at most.
        limiter: the ``RateLimiter`` to respect (default: one for this run, or shared through
            ``redis_url`` with every process using the same key), tuned by ``limit_config``.
        transport: the httpx transport that sends (default: the client's pool, sized to
            ``concurrency``); it is wrapped by the limiter.
        on_progress: called with a ``BatchProgress`` after each finished request.
        fsync_interval: seconds between ``fsync`` calls on the output (see ``_output.py``).

    Raises:
        BatchInputError: bad input lines (with their numbers), or an output file that is not
            this input's; nothing is sent.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    requests = read_requests(input_path)
    existing = _existing_results(output_path, requests)
    pending = deque(r for r in requests if r.custom_id not in existing.done)

    pool = transport or AsyncPoolTransport(
        limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    )
    limited = AsyncRateLimitedTransport(limiter or RateLimiter(config=limit_config), pool)
    http = httpx.AsyncClient(transport=limited)
    client = AsyncVenice(
        api_key=api_key, base_url=base_url, max_retries=max_retries, timeout=timeout, http_client=http
    )
    if limiter is None and redis_url is not None:  # shared under a digest of the client's key
        limited.limiter = RateLimiter.shared(redis_url, api_key=client.api_key or "", config=limit_config)
    limiter = limited.limiter
    try:
        problems = await _preflight(list(pending), client.base_url)
        if problems:
            raise BatchInputError(str(input_path), problems)
        done = len(existing.done)
        progress = BatchProgress(len(requests), done, 0, done, time.monotonic())
        rate_limited_before = limiter.stats.rate_limited
        writer = ResultWriter(output_path, fsync_interval=fsync_interval)
        try:
            await _send_all(client, pending, writer, progress, on_progress, concurrency)
        finally:
            writer.close()
    finally:
        await client.close()
        await http.aclose()
    finished = progress.done - progress.already_done
    return BatchSummary(
        total=progress.total,
        already_done=progress.already_done,
        succeeded=finished - progress.failed,
        failed=progress.failed,
        rate_limited=limiter.stats.rate_limited - rate_limited_before,
        elapsed=time.monotonic() - progress.started_at,
        dropped_partial_line=existing.dropped_partial_line,
    )


def _existing_results(output_path: str | Path, requests: list[BatchRequest]) -> OutputState:
    """What an earlier run finished; ``BatchInputError`` if the output is not this input's."""
    existing = scan(output_path)
    stray = sorted(existing.done - {r.custom_id for r in requests})
    if existing.problems or stray:
        problems = list(existing.problems)
        if stray:
            problems.append(
                (0, f"{len(stray)} result(s) for custom_ids not in the input (first: {stray[0]!r})")
            )
        raise BatchInputError(f"{output_path} (the output of another input?)", problems)
    return existing


async def _send_all(
    client: AsyncVenice,
    pending: deque[BatchRequest],
    writer: ResultWriter,
    progress: BatchProgress,
    on_progress: Callable[[BatchProgress], object] | None,
    concurrency: int,
) -> None:
    """``concurrency`` workers take requests in input order and write each result as it comes."""

    async def worker() -> None:
        while pending:
            result = await _execute(client, pending.popleft())
            writer.write(result)
            progress.done += 1
            progress.failed += result["error"] is not None
            if on_progress is not None:
                on_progress(progress)

    if on_progress is not None:
        on_progress(progress)
    await asyncio.gather(*(worker() for _ in range(min(concurrency, len(pending)) or 1)))


def run_batch(input_path: str | Path, output_path: str | Path, **options: Any) -> BatchSummary:
    """``arun_batch`` for code without an event loop (same arguments)."""
    return asyncio.run(arun_batch(input_path, output_path, **options))
