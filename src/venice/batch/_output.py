"""The batch output file: resumable, append-only JSON Lines, one line per finished request.

Durability policy: each result is written with one ``write`` on a file opened with ``O_APPEND``
as soon as its request finishes, so a killed or crashed process loses no finished result (the
kernel has it); the file is ``fsync``ed at most every ``fsync_interval`` seconds and on close, so
a power loss may cost the results of the last interval, whose requests a resumed run sends again.

A write that fails (disk full, quota, I/O error) is undone: the file is cut back to its last
whole line and ``BatchWriteError`` is raised, so the file stays valid JSON Lines. Should even the
cut fail, or the process die inside a write, ``scan`` finds the last line cut short, drops it,
and its request is sent again. Lines are otherwise never rewritten, except by ``drop_failed``
(``--retry-failed``), which replaces the whole file at once. This module knows nothing about
requests or clients; the caller holds the output's lock (``_lock.py``) around all of it.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from venice._results._downloads import NO_ROOM, partial_file

__all__ = ["BatchWriteError", "OutputState", "ResultWriter", "drop_failed", "scan"]


class BatchWriteError(OSError):
    """A result could not be written to the output (disk full, quota, I/O error). The run stopped;
    the output holds every result written before, as whole lines; rerun to resume."""

    def __init__(self, path: str | Path, cause: OSError) -> None:
        reason = cause.strerror or str(cause)
        fix = "free some space" if cause.errno in NO_ROOM else "fix it"
        super().__init__(
            cause.errno,
            f"cannot write to the batch output ({reason}); the run stopped and the file keeps every "
            f"result written so far. {fix.capitalize()}, then rerun the same command to send the rest",
            str(path),
        )

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


@dataclass
class OutputState:
    """What an existing output file already holds."""

    done: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)  # custom_ids whose line is an error line
    dropped_partial_line: bool = False
    problems: list[tuple[int, str]] = field(default_factory=list)


def scan(path: str | Path) -> OutputState:
    """The ``custom_id``s already in ``path`` (absent: none); a cut-off last line is truncated away."""
    state = OutputState()
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return state
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(path, "r+b") as file:
            file.truncate(end)
        state.dropped_partial_line = True
    for number, raw in enumerate(data[:end].splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
            custom_id = entry["custom_id"]
            failed = entry.get("error") is not None
        except (ValueError, KeyError, TypeError, AttributeError):
            state.problems.append((number, "not a batch output line"))
            continue
        if custom_id in state.done:
            state.problems.append((number, f"custom_id {custom_id!r} appears twice"))
        state.done.add(custom_id)
        if failed:
            state.failed.add(custom_id)
    return state


def drop_failed(path: str | Path, failed: Collection[str]) -> None:
    """Remove the error lines of ``failed`` custom_ids from ``path``, replacing the file at once
    (a new file beside it, ``fsync``ed, renamed over it), so that a resume sends them again."""
    kept = [
        raw
        for raw in Path(path).read_bytes().splitlines(keepends=True)
        if not raw.strip() or json.loads(raw)["custom_id"] not in failed
    ]
    try:
        with partial_file(path) as out:
            out.writelines(kept)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise BatchWriteError(path, exc) from exc


class ResultWriter:
    """Appends one JSON line per result; see the module docstring for the durability policy."""

    def __init__(self, path: str | Path, *, fsync_interval: float = 1.0) -> None:
        self._path = path
        try:
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise BatchWriteError(path, exc) from exc
        self._size = os.fstat(self._fd).st_size  # the end of the last whole line (we hold the lock)
        self._fsync_interval = fsync_interval
        self._last_sync = time.monotonic()
        self.written = 0

    def write(self, result: dict[str, Any]) -> None:
        data = (json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        try:
            remaining = memoryview(data)
            while remaining:  # a regular file takes it in one write unless the disk is full
                remaining = remaining[os.write(self._fd, remaining) :]
            now = time.monotonic()
            if now - self._last_sync >= self._fsync_interval:
                os.fsync(self._fd)
                self._last_sync = now
        except OSError as exc:
            self._cut_back()
            raise BatchWriteError(self._path, exc) from exc
        self._size += len(data)
        self.written += 1

    def _cut_back(self) -> None:
        """Drop what a failed write left after the last whole line (if this fails too, ``scan``
        drops the half line on resume)."""
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, self._size)

    def close(self) -> None:
        if self._fd < 0:
            return
        fd, self._fd = self._fd, -1
        try:
            os.fsync(fd)
        except OSError as exc:
            raise BatchWriteError(self._path, exc) from exc
        finally:
            os.close(fd)
