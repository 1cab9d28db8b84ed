"""The batch output file: resumable, append-only JSON Lines, one line per finished request.

Durability policy: each result is written with one ``write`` on a file opened with ``O_APPEND``
as soon as its request finishes, so a killed or crashed process loses no finished result (the
kernel has it); the file is ``fsync``ed at most every ``fsync_interval`` seconds and on close, so
a power loss may cost the results of the last interval, whose requests a resumed run sends again.
A last line cut short (a crash inside a write) is dropped on resume and its request sent again.

``scan`` reads what an earlier run finished; lines are never rewritten. This module knows nothing
about requests or clients.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["OutputState", "ResultWriter", "scan"]


@dataclass
class OutputState:
    """What an existing output file already holds."""

    done: set[str] = field(default_factory=set)
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
        except (ValueError, KeyError, TypeError):
            state.problems.append((number, "not a batch output line"))
            continue
        if custom_id in state.done:
            state.problems.append((number, f"custom_id {custom_id!r} appears twice"))
        state.done.add(custom_id)
    return state


class ResultWriter:
    """Appends one JSON line per result; see the module docstring for the durability policy."""

    def __init__(self, path: str | Path, *, fsync_interval: float = 1.0) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._fsync_interval = fsync_interval
        self._last_sync = time.monotonic()
        self.written = 0

    def write(self, result: dict[str, Any]) -> None:
        data = (json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        while data:  # a regular file takes it in one write unless the disk is full
            data = data[os.write(self._fd, data) :]
        self.written += 1
        now = time.monotonic()
        if now - self._last_sync >= self._fsync_interval:
            os.fsync(self._fd)
            self._last_sync = now

    def close(self) -> None:
        if self._fd >= 0:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1
