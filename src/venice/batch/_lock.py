"""One batch run per output file: an exclusive ``flock`` on ``OUT.lock`` beside the output.

The lock is held from before the output is read until the run ends, so a second run on the same
output refuses at once (``BatchOutputError``) instead of interleaving lines with the first. A run
that dies loses its lock with its process (the kernel releases it), so a stale ``.lock`` file never
blocks a rerun. On a finished run the file is removed; a waiter that locked the removed file sees
that the path now names another file and tries again, so two runs can never both hold it.

Limits: ``flock`` is advisory (it stops other batch runs, not other programs) and holds between
processes of one machine. On NFS, Linux maps it to a POSIX lock that the NFS lock manager shares
between machines; other shared file systems (SMB mounts, some FUSE and cloud file systems) may not
share it, so two machines must not write one output there. Without ``fcntl`` (Windows) there is no
lock. This module only locks; it does not read or write the output.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path
from types import TracebackType

from venice.batch._input import BatchOutputError

__all__ = ["OutputLock"]


class OutputLock:
    """``with OutputLock(output):`` holds the lock of ``output`` or raises ``BatchOutputError``."""

    def __init__(self, output: str | Path) -> None:
        self.output = Path(output)
        self.path = self.output.with_name(self.output.name + ".lock")
        self._fd = -1

    def __enter__(self) -> OutputLock:
        if sys.platform == "win32":  # pragma: no cover - no flock there; see the module docstring
            return self
        import fcntl

        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "another process"
                os.close(fd)
                raise BatchOutputError(
                    f"{self.output} is being written by another batch run ({holder}); wait for it to "
                    f"finish, or give this run another output file (the lock is {self.path})"
                ) from None
            if self._names(fd):
                break
            os.close(fd)  # a finishing run removed the file we locked: lock the new one
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()}\n".encode())
        self._fd = fd
        return self

    def _names(self, fd: int) -> bool:
        """Whether the lock path still names the file open as ``fd``."""
        try:
            on_disk, held = os.stat(self.path), os.fstat(fd)
        except FileNotFoundError:
            return False
        return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._fd < 0:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)  # while still locked: see the module docstring
        os.close(self._fd)
        self._fd = -1
