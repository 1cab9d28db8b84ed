"""Write a downloaded body to a file all at once or not at all.

``partial_file(target)`` opens a new file beside ``target`` (same directory, so the final rename
is atomic on POSIX and Windows alike) and yields it; only when the block ends without an
exception is it renamed over ``target``. On any failure the partial file is removed and
``target`` is left exactly as it was. ``check_complete(response)`` raises when fewer (or more)
bytes arrived than ``Content-Length`` announced.

This module writes files; it must not read from the network itself.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import httpx

from ._exceptions import StreamInterruptedError

__all__ = ["check_complete", "partial_file"]


@contextlib.contextmanager
def partial_file(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A new file beside ``target``, renamed over it when the block succeeds, else removed."""
    path = Path(target)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    # O_EXCL: never follow or reuse another file; mode 0o666 and the umask decide the permissions,
    # as for open(target, "wb").
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise


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
