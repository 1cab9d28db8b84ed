"""Run a batch: check every line, skip what the output already holds, send the rest concurrently
through an ``AsyncVenice`` behind a ``RateLimiter``, and append one result line per request.

Built on the client: each line's operation is the client method named by the operation table (its
method path) and called through ``with_raw_response``, so the client's argument checks, retries and
error types apply. Of the engine it uses only what ``venice.http_clients`` uses too: the mark that
lets an HTTP client it builds take the direct route to its transport (``built_here``), and the
aiohttp transport when the extra is installed. Before anything is sent every line is also run through
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

from venice import (
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
from venice._transports._dispatch import built_here
from venice.batch._input import BatchInputError, BatchOutputError, BatchRequest, parse_lines
from venice.batch._lock import OutputLock
from venice.batch._output import OutputState, ResultWriter, drop_failed, scan
from venice.batch._stopping import Stop, routing_signals
from venice.http_clients import AsyncPoolTransport
from venice.ratelimit import AsyncRateLimitedTransport, LimitConfig, RateLimiter

__all__ = ["BatchProgress", "BatchSummary", "arun_batch", "run_batch"]

DEFAULT_CONCURRENCY = 32
DEFAULT_STOP_GRACE = 20.0  # seconds; under the 30 s a container orchestrator waits before SIGKILL


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
    already_done: int  # lines an earlier run wrote (skipped)
    succeeded: int  # this run
    failed: int  # this run
    rate_limited: int  # 429 answers received (retried by the client)
    elapsed: float
    dropped_partial_line: bool
    failed_earlier: int = 0  # error lines an earlier run wrote and this run kept (``retry_failed``)
    retried: int = 0  # error lines removed by ``retry_failed``, their requests sent again
    stopped_by: str | None = None  # "SIGTERM" / "SIGINT" when a signal stopped the run early
    abandoned: int = 0  # requests in flight when the grace period ran out (sent again on resume)
    remaining: int = 0  # requests not written yet (after a stop); a rerun sends them

    @property
    def output_failed(self) -> int:
        """Error lines in the output now: this run's and those kept from earlier runs."""
        return self.failed + self.failed_earlier


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


async def _preflight(requests: list[BatchRequest], base_url: str | httpx.URL | None) -> list[tuple[int, str]]:
    """Lines whose arguments the client rejects (nothing leaves the process)."""
    problems: list[tuple[int, str]] = []
    http = built_here(httpx.AsyncClient(transport=_RefuseToSend()))  # the route the run takes
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
    retry_failed: bool = False,
    stop_on_signals: bool = False,
    stop_grace: float = DEFAULT_STOP_GRACE,
) -> BatchSummary:
    """Send every request of ``input_path`` not yet in ``output_path`` and append its result there.

    Args:
        input_path: JSON Lines, one ``{"custom_id", "method", "url", "body"}`` per line.
        output_path: JSON Lines of results (``{"id", "custom_id", "response", "error"}``); an
            existing file is resumed: only ``custom_id``s it does not hold are sent. One run at a
            time writes it (a lock, ``OUT.lock``; see ``_lock.py`` for shared storage).
        api_key / base_url / max_retries / timeout: as for ``AsyncVenice`` (retries follow its policy).
        concurrency: requests in flight at most.
        limiter: the ``RateLimiter`` to respect (default: one for this run, or shared through
            ``redis_url`` with every process using the same key), tuned by ``limit_config``.
            If Redis goes away the run goes on with this process's limiter (``RedisStore``).
        transport: the httpx transport that sends (default: ``_sending_transport``, sized to
            ``concurrency``); it is wrapped by the limiter.
        on_progress: called with a ``BatchProgress`` after each finished request.
        fsync_interval: seconds between ``fsync`` calls on the output (see ``_output.py``).
        retry_failed: first remove the output's error lines, so that their requests are sent again.
        stop_on_signals: on SIGINT or SIGTERM, start no new request, write the results of those in
            flight (for at most ``stop_grace`` seconds; a second signal does not wait) and return
            with ``stopped_by`` set, instead of dying with the results in flight.

    Raises:
        BatchInputError: bad input lines (every one, with its number); nothing is sent.
        BatchOutputError: an output file that is not this input's, or that another run is writing.
        BatchWriteError: a result could not be written (disk full...): the run stopped, the output
            holds whole lines only, and a rerun resumes.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    requests = await _checked_requests(input_path, base_url)
    with OutputLock(output_path):
        existing = _existing_results(output_path, input_path, requests)
        retried = 0
        if retry_failed and existing.failed:
            drop_failed(output_path, existing.failed)
            retried = len(existing.failed)
            existing.done -= existing.failed
            existing.failed = set()
        pending = deque(r for r in requests if r.custom_id not in existing.done)

        pool = transport or _sending_transport(concurrency)
        limited = AsyncRateLimitedTransport(limiter or RateLimiter(config=limit_config), pool)
        http = built_here(httpx.AsyncClient(transport=limited))  # the engine's direct route
        client = AsyncVenice(
            api_key=api_key, base_url=base_url, max_retries=max_retries, timeout=timeout, http_client=http
        )
        if limiter is None and redis_url is not None:  # shared under a digest of the client's key
            limited.limiter = RateLimiter.shared(redis_url, api_key=client.api_key or "", config=limit_config)
        limiter = limited.limiter
        done = len(existing.done)
        progress = BatchProgress(len(requests), done, 0, done, time.monotonic())
        rate_limited_before = limiter.stats.rate_limited
        stop = Stop()
        try:
            writer = ResultWriter(output_path, fsync_interval=fsync_interval)
            try:
                with routing_signals(stop, stop_grace, enabled=stop_on_signals):
                    abandoned = await _send_all(
                        client, pending, writer, progress, on_progress, concurrency, stop
                    )
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
        failed_earlier=len(existing.failed),
        retried=retried,
        stopped_by=stop.signal_name if stop.requested else None,
        abandoned=abandoned,
        remaining=len(pending),
    )


def _sending_transport(concurrency: int) -> httpx.AsyncBaseTransport:
    """aiohttp's transport when the ``aiohttp`` extra is installed, else the default pool: a batch is
    the heavy async use aiohttp is measured for (``bench/peers.py``, docs/measures.md)."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    try:
        from venice._transports._aiohttp import AiohttpTransport
    except ImportError:
        return AsyncPoolTransport(limits=limits)
    return AiohttpTransport(limits=limits)


async def _checked_requests(input_path: str | Path, base_url: str | httpx.URL | None) -> list[BatchRequest]:
    """Every request of the input, or ``BatchInputError`` with every problem of every line: the
    file's own (JSON, fields, operations, duplicates) and the arguments the client refuses."""
    with open(input_path, encoding="utf-8") as file:
        requests, problems = parse_lines(file)
    problems += await _preflight(requests, base_url)
    if problems:
        raise BatchInputError(str(input_path), sorted(problems))
    return requests


def _existing_results(
    output_path: str | Path, input_path: str | Path, requests: list[BatchRequest]
) -> OutputState:
    """What an earlier run finished; ``BatchOutputError`` if the output is not this input's."""
    existing = scan(output_path)
    if existing.problems:
        raise BatchOutputError(
            f"{output_path} is not a batch output of {input_path}, nothing was sent; give another "
            f"output file, or move this one away to start over",
            existing.problems,
        )
    stray = sorted(existing.done - {r.custom_id for r in requests})
    if stray:
        raise BatchOutputError(
            f"{output_path} holds {len(stray)} result(s) for custom_ids that {input_path} does not have "
            f"(first: {stray[0]!r}): it is the output of another input. Nothing was sent; give "
            f"another output file, or move this one away to start over"
        )
    return existing


async def _send_all(
    client: AsyncVenice,
    pending: deque[BatchRequest],
    writer: ResultWriter,
    progress: BatchProgress,
    on_progress: Callable[[BatchProgress], object] | None,
    concurrency: int,
    stop: Stop,
) -> int:
    """``concurrency`` workers take requests in input order and write each result as it comes,
    until ``pending`` is empty or ``stop`` is requested. The first error (a result that cannot be
    written) cancels the other workers and is raised. Returns the requests abandoned in flight
    (cancelled by ``stop``; they stay unwritten and are sent again on resume)."""
    in_flight: dict[int, BatchRequest] = {}  # by line

    async def worker() -> None:
        while pending and not stop.requested:
            request = pending.popleft()
            in_flight[request.line] = request
            result = await _execute(client, request)
            writer.write(result)
            del in_flight[request.line]
            progress.done += 1
            progress.failed += result["error"] is not None
            if on_progress is not None:
                on_progress(progress)

    if on_progress is not None:
        on_progress(progress)
    stop.tasks = [asyncio.create_task(worker()) for _ in range(min(concurrency, len(pending)) or 1)]
    try:
        await asyncio.wait(stop.tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        stop.cancel_in_flight()  # after a failure, or when arun_batch itself is cancelled
        await asyncio.wait(stop.tasks)
    for task in stop.tasks:
        failure = None if task.cancelled() else task.exception()
        if failure is not None:
            raise failure
    pending.extendleft(in_flight[line] for line in sorted(in_flight, reverse=True))
    return len(in_flight)


def run_batch(input_path: str | Path, output_path: str | Path, **options: Any) -> BatchSummary:
    """``arun_batch`` for code without an event loop (same arguments)."""
    return asyncio.run(arun_batch(input_path, output_path, **options))
