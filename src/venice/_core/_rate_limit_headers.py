"""Reading the headers a server uses to say when to come back: ``retry-after-ms``, ``retry-after``,
Venice's ``x-ratelimit-reset-*``, and the ``Date`` that tells how far its clock is from ours.

Pure functions of the headers and the current time: the retry policy (``_retry_policy``) and the
shared rate limiter (``venice.ratelimit``) both read them here.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Mapping

import httpx

__all__ = [
    "MAX_SKEW",
    "SKEW_TOLERANCE",
    "clock_skew",
    "parse_reset",
    "retry_after_delay",
    "server_advised_delay",
]

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


SKEW_TOLERANCE = 2.0
"""A ``Date`` header within this many seconds of our clock is taken as agreeing with it: the header has
one-second resolution and the answer spends time in transit, so a smaller difference is noise."""
MAX_SKEW = 86400.0
"""A ``Date`` header further than this from our clock is not a clock (a broken proxy): ignored."""


def _http_date(value: str) -> float | None:
    parsed = email.utils.parsedate_tz(value)
    return float(email.utils.mktime_tz(parsed)) if parsed is not None else None


def clock_skew(headers: Mapping[str, str], *, now: float) -> float:
    """Seconds the server's clock is ahead of ours (negative: behind), estimated from the answer's
    ``Date`` header; 0 when it is missing or unreadable, within ``SKEW_TOLERANCE`` or beyond
    ``MAX_SKEW``. The header is truncated to the second and stamped before the answer travelled, so
    the estimate errs low: a server time converted with it comes out late, never early (a wait
    errs long by at most a second plus the transit time, and never runs into the limit)."""
    value = headers.get("date")
    stamped = _http_date(value) if value else None
    if stamped is None:
        return 0.0
    skew = stamped - now
    return skew if SKEW_TOLERANCE < abs(skew) <= MAX_SKEW else 0.0


def parse_reset(value: str, *, now: float, skew: float = 0.0) -> float | None:
    """The absolute time, on our clock, a rate-limit reset header names: a Unix timestamp in seconds or
    milliseconds (Venice's ``x-ratelimit-reset-requests``), a number of seconds
    (``x-ratelimit-reset-tokens``), a duration such as ``"1m30s"`` (OpenAI-style) or an HTTP date.
    An absolute time is on the server's clock: ``skew`` (``clock_skew``) converts it to ours.
    ``None`` if unreadable. Shared by the retry delay and ``venice.ratelimit``."""
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        parts = _DURATION_PART.findall(text)
        if parts and "".join(n + u for n, u in parts) == text:
            return now + sum(float(n) * _UNITS[u] for n, u in parts)
        stamped = _http_date(text)
        return stamped - skew if stamped is not None else None
    if number > 1e12:
        return number / 1000.0 - skew
    if number > 1e9:
        return number - skew
    return now + number


def retry_after_delay(headers: Mapping[str, str], *, now: float, skew: float = 0.0) -> float | None:
    """Seconds ``retry-after-ms`` or ``retry-after`` (seconds, or an HTTP date on the server's clock,
    converted with ``skew``) asks to wait; ``None`` if neither is there and readable."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return float(value) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is not None:
        try:
            return float(value)
        except ValueError:
            stamped = _http_date(value)
            if stamped is not None:
                return stamped - skew - now
    return None


def server_advised_delay(headers: httpx.Headers, status_code: int | None, *, now: float) -> float | None:
    """Seconds the server asks us to wait, from ``retry-after-ms``, ``retry-after`` (seconds or
    HTTP-date), or, on 429, ``x-ratelimit-reset-requests`` (a Unix timestamp in Venice's docs; a
    small number or a duration such as ``"6m0s"`` is read as a delay). ``None`` if none applies.
    Absolute times are read on the server's clock, as the answer's ``Date`` shows it (``clock_skew``),
    so a client whose clock is minutes off neither gives up on a short wait nor retries early.
    """
    skew = clock_skew(headers, now=now)
    advised = retry_after_delay(headers, now=now, skew=skew)
    if advised is not None:
        return advised
    value = headers.get("x-ratelimit-reset-requests") if status_code == 429 else None
    reset = parse_reset(value, now=now, skew=skew) if value is not None else None
    return None if reset is None else reset - now
