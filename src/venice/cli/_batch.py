"""``venice batch IN.jsonl -o OUT.jsonl``: the batch runner (``venice.batch``) with a progress bar."""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from venice.batch import BatchProgress, BatchSummary, BatchWriteError, arun_batch
from venice.batch._runner import DEFAULT_STOP_GRACE
from venice.cli._common import (
    EXIT_BATCH_FAILURES,
    EXIT_INTERRUPTED,
    EXIT_NOT_WRITTEN,
    EXIT_OK,
    EXIT_TERMINATED,
)
from venice.cli._console import console, interactive, note, rich_module
from venice.ratelimit import LimitConfig


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batch = commands.add_parser(
        "batch",
        help="send every request of a JSONL file within the rate limits; rerun to resume",
        description='One request per input line: {"custom_id", "method", "url", "body"} (OpenAI '
        "batch-file shape). One result line per finished request is appended to the output; rerunning "
        "the same command sends only the custom_ids the output does not hold yet.",
    )
    batch.add_argument("input", type=Path, help="the JSONL file of requests, one per line")
    batch.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        help="the JSONL file results are appended to (rerun with the same one to resume)",
    )
    batch.add_argument(
        "-c", "--concurrency", type=int, default=32, help="requests in flight at most (default 32)"
    )
    batch.add_argument(
        "--redis", metavar="URL", help="share the key's rate limits with other processes via Redis"
    )
    batch.add_argument(
        "--max-failures",
        type=int,
        default=20,
        help="the key's failed-request lockout: more than this many failures ... (default 20)",
    )
    batch.add_argument(
        "--failure-window", type=float, default=30.0, help="... in this many seconds lock it out (default 30)"
    )
    batch.add_argument(
        "--retry-failed",
        action="store_true",
        help="first remove the output's error lines, so that only those requests are sent again",
    )
    batch.add_argument(
        "--stop-grace",
        type=float,
        default=DEFAULT_STOP_GRACE,
        metavar="SECONDS",
        help="on Ctrl-C or SIGTERM, wait this long for the requests in flight to write their results "
        f"(default {DEFAULT_STOP_GRACE:g}; a second signal stops at once)",
    )
    batch.add_argument("--no-progress", action="store_true", help="no progress bar")
    batch.set_defaults(func=run_batch)


class BatchBar:
    """Done / total, rate, failures, elapsed and ETA (on a terminal; else silent until the summary)."""

    def __init__(self, enabled: bool) -> None:
        self._progress: Any = None
        self.last: BatchProgress | None = None
        if enabled:
            progress = rich_module("progress")
            text = progress.TextColumn
            self._progress = progress.Progress(
                text("batch"),
                progress.BarColumn(),
                progress.MofNCompleteColumn(),
                text("{task.fields[rate]:.1f} req/s"),
                text("{task.fields[failed]} failed"),
                progress.TimeElapsedColumn(),
                text("ETA"),
                progress.TimeRemainingColumn(),
                console=console(),
            )
            self._task = self._progress.add_task("batch", total=None, rate=0.0, failed=0)

    def __enter__(self) -> BatchBar:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def update(self, progress: BatchProgress) -> None:
        self.last = progress
        if self._progress is None:
            return
        elapsed = max(time.monotonic() - progress.started_at, 1e-9)
        rate = (progress.done - progress.already_done) / elapsed
        self._progress.update(
            self._task, total=progress.total, completed=progress.done, rate=rate, failed=progress.failed
        )


def run_batch(args: argparse.Namespace) -> int:
    with BatchBar(interactive() and not args.no_progress) as bar:
        try:
            summary = asyncio.run(
                arun_batch(
                    args.input,
                    args.output,
                    base_url=args.base_url,
                    concurrency=args.concurrency,
                    max_retries=args.max_retries,
                    timeout=args.timeout,
                    redis_url=args.redis,
                    limit_config=LimitConfig(
                        max_failures=args.max_failures, failure_window=args.failure_window
                    ),
                    on_progress=bar.update,
                    retry_failed=args.retry_failed,
                    stop_on_signals=True,
                    stop_grace=args.stop_grace,
                )
            )
        except KeyboardInterrupt:  # before the requests were sent (the run handles it after)
            done = f"{bar.last.done} of {bar.last.total} done; " if bar.last else ""
            note(f"venice: interrupted; {done}rerun the same command to send the rest")
            return EXIT_INTERRUPTED
        except BatchWriteError as exc:
            done = f" ({bar.last.done} of {bar.last.total} done)" if bar.last else ""
            note(f"venice: error: {exc}{done}")
            return EXIT_NOT_WRITTEN
    if summary.stopped_by is not None:
        return _stopped(summary, args)
    note(_summary_line(summary, args))
    return EXIT_BATCH_FAILURES if summary.output_failed else EXIT_OK


def _summary_line(summary: BatchSummary, args: argparse.Namespace) -> str:
    retried = f", {summary.retried} failed line(s) sent again" if summary.retried else ""
    skipped = f", {summary.already_done} done earlier" if summary.already_done else ""
    kept = (
        f" ({summary.failed_earlier} of them failed: --retry-failed sends those again)"
        if summary.failed_earlier
        else ""
    )
    return (
        f"{summary.succeeded} succeeded, {summary.failed} failed{retried}{skipped}{kept}, "
        f"{summary.rate_limited} answered 429, in {summary.elapsed:.1f} s -> {args.output}"
    )


def _stopped(summary: BatchSummary, args: argparse.Namespace) -> int:
    done = summary.total - summary.remaining
    abandoned = (
        f"{summary.abandoned} request(s) still in flight after {args.stop_grace:g} s were abandoned; "
        if summary.abandoned
        else "the results in flight were written; "
    )
    note(
        f"venice: stopped by {summary.stopped_by}; {abandoned}{done} of {summary.total} done; "
        f"rerun the same command to send the rest ({summary.remaining}) to {args.output}"
    )
    return EXIT_TERMINATED if summary.stopped_by == "SIGTERM" else EXIT_INTERRUPTED
