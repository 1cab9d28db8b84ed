"""What went wrong on the wire, in words: the ``host:port`` a request went to and why it got no
answer ("connection refused", "name not resolved", "TLS: certificate verify failed", "timed out
after 60 s"), for the messages of ``APIConnectionError`` and its subclasses.

The reason comes from the exception chain httpx and its transports raise (``ConnectError`` from
``httpcore2.ConnectError`` from ``ConnectionRefusedError``, ...), and the timeout from the request's
``timeout`` extension. Only the URL's host and port and the operating system's words are used:
never headers, the path or the query, so no credential can appear.

Pure functions: no I/O, no state.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator

import httpx

__all__ = ["endpoint", "reason"]

_DEFAULT_PORTS = {"https": 443, "http": 80}

# Most specific first: the first class an exception of the chain is an instance of names it.
_OS_REASONS: tuple[tuple[type[BaseException], str], ...] = (
    (ConnectionRefusedError, "connection refused"),
    (ConnectionResetError, "connection reset by the server"),
    (ConnectionAbortedError, "connection aborted"),
    (BrokenPipeError, "connection closed by the server while sending"),
    (socket.gaierror, "name not resolved"),
)

_TIMEOUT_PHASES: tuple[tuple[type[httpx.TimeoutException], str, str], ...] = (
    (httpx.ConnectTimeout, "connect", "connecting"),
    (httpx.ReadTimeout, "read", "waiting for data"),
    (httpx.WriteTimeout, "write", "sending"),
    (httpx.PoolTimeout, "pool", "waiting for a free connection"),
)


def endpoint(request: httpx.Request | None) -> str:
    """``host:port`` of the request (the scheme's default port when the URL has none)."""
    if request is None:
        return "the server"
    url = request.url
    port = url.port or _DEFAULT_PORTS.get(url.scheme)
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{host}:{port}" if port else host


def reason(exc: BaseException, request: httpx.Request | None) -> str:
    """Why ``exc`` (an httpx transport error) happened, in a few words, with httpx's class name."""
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return f"{_timeout_reason(exc, request)} ({name})"
    for cause in _chain(exc):
        if isinstance(cause, ssl.SSLError) and not hasattr(cause, "reason"):
            continue  # a wrapper that only takes the type (aiohttp's): its cause has the words
        if isinstance(cause, ssl.SSLCertVerificationError):
            detail = cause.verify_message or ""
            return f"TLS: certificate verify failed{': ' + detail if detail else ''} ({name})"
        if isinstance(cause, ssl.SSLError):
            return f"TLS: {cause.reason or cause.strerror or 'handshake failed'} ({name})"
        for cls, words in _OS_REASONS:
            if isinstance(cause, cls):
                return f"{words} ({name})"
    return name


def _timeout_reason(exc: httpx.TimeoutException, request: httpx.Request | None) -> str:
    timeouts = request.extensions.get("timeout") if request is not None else None
    for cls, phase, doing in _TIMEOUT_PHASES:
        if isinstance(exc, cls):
            limit = timeouts.get(phase) if isinstance(timeouts, dict) else None
            after = f" after {limit:.3g} s" if isinstance(limit, (int, float)) else ""
            return f"timed out{after} {doing}"
    return "timed out"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and its causes and contexts, outermost first, each once."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__
