"""Whether and when to retry: which statuses and connection failures are worth another attempt, and
how long to wait before it (the server's advice, else exponential backoff with jitter). Pure
functions; the clients' loop (``_base_client``) applies them.
"""

from __future__ import annotations

import httpx

from venice import _constants as C
from venice._core._rate_limit_headers import server_advised_delay

__all__ = ["is_retryable_error", "is_retryable_status", "retry_delay"]


def is_retryable_status(status_code: int) -> bool:
    """408, 409, 429 and every 5xx are retried; other 4xx (400/401/402/403/404/413/415/422) never."""
    return status_code in C.RETRY_STATUS_CODES or status_code >= 500


def retry_delay(
    retries_taken: int,
    headers: httpx.Headers | None,
    status_code: int | None,
    *,
    now: float,
    rand: float,
    max_retry_after: float = C.MAX_RETRY_AFTER,
) -> float | None:
    """Seconds to wait before retry number ``retries_taken + 1``, or ``None``: do not retry.

    A server-advised delay in ``(0, max_retry_after]`` is used as is; a longer one is not waited
    for (``None``): the caller gets the error at once, with ``retry_after`` on it, and decides.
    Otherwise exponential backoff: ``INITIAL_RETRY_DELAY * 2**retries_taken`` capped at
    ``MAX_RETRY_DELAY``, minus a jitter of up to ``RETRY_JITTER`` of it (``rand`` in ``[0, 1)``).
    """
    if headers is not None:
        advised = server_advised_delay(headers, status_code, now=now)
        if advised is not None and advised > 0:
            return advised if advised <= max_retry_after else None
    backoff = min(C.INITIAL_RETRY_DELAY * (2.0**retries_taken), C.MAX_RETRY_DELAY)
    return backoff * (1.0 - C.RETRY_JITTER * rand)


def is_retryable_error(exc: Exception) -> bool:
    """A connection failure that a new attempt may not meet again. Not: bad outgoing data
    (``LocalProtocolError``), an unsupported URL, a full pool (waiting longer would not free it),
    and every non-transport error (redirect loops, corrupt bodies, stream misuse)."""
    return isinstance(exc, httpx.TransportError) and not isinstance(
        exc, (httpx.LocalProtocolError, httpx.UnsupportedProtocol, httpx.PoolTimeout)
    )
