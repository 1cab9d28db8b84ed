"""Write a downloaded body to a file all at once or not at all.

``partial_file(target)`` opens a new file beside ``target`` (same directory, so the final rename
is atomic on POSIX and Windows alike) and yields it; only when the block ends without an
exception is it renamed over ``target``. On any failure the partial file is removed and
``target`` is left exactly as it was. Given the body's size, it reserves the file's blocks first
(``posix_fallocate``), which ``bench/write_speed.py`` measures as faster than growing it, and
makes a disk too small for the body fail before any byte is read.
``check_complete(response)`` raises when fewer (or more) bytes arrived than ``Content-Length`` announced.

This module writes files; it must not read from the network itself.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import httpx

from venice._errors._exceptions import StreamInterruptedError

__all__ = ["NO_ROOM", "check_complete", "partial_file"]

NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # errnos of no room: the disk, a quota, a size limit


@contextlib.contextmanager
def partial_file(target: str | os.PathLike[str], size: int | None = None) -> Iterator[BinaryIO]:
    """A new file beside ``target``, renamed over it when the block succeeds, else removed;
    ``size``: the bytes about to be written, reserved first (the file ends where writing did)."""
    path = Path(target)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    # O_EXCL: never follow or reuse another file; mode 0o666 and the umask decide the permissions,
    # as for open(target, "wb").
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            if size:
                _reserve(fd, size)
            yield out
            if size:
                out.truncate()  # at what was written, should the body have been shorter
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise


def _reserve(fd: int, size: int) -> None:
    """Allocate ``size`` bytes to the file where the system can (no room for them raises now)."""
    allocate = getattr(os, "posix_fallocate", None)  # not on macOS or Windows
    if allocate is None:
        return
    try:
        allocate(fd, 0, size)
    except OSError as exc:
        if exc.errno in NO_ROOM:
            raise
        # A filesystem that cannot (EOPNOTSUPP, EINVAL): the blocks are allocated as written.


def check_complete(response: httpx.Response) -> None:
    """Raise ``StreamInterruptedError`` if the bytes received do not match ``Content-Length``.

    h11 already refuses a body cut short of its ``Content-Length``; this holds for any transport
    (a body a transport handed over in memory counts no downloaded bytes and is not checked).
    """
    announced = response.headers.get("content-length")
    received = response.num_bytes_downloaded
    if announced is None or not announced.isdigit() or not received:
        return
    if received != int(announced):
        raise StreamInterruptedError(
            f"The body ended after {received} of the {announced} bytes announced by Content-Length.",
            request=response.request,
        )
