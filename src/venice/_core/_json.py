"""JSON for the per-call path: the standard library's C encoder and scanner, without the work
``json.dumps`` / ``json.loads`` do around them on every call.

``json.dumps`` with any option builds a new encoder per call; ``json.loads`` tests for a
byte-order mark and matches whitespace before and after the value, twice through a regular
expression. Here the encoder is built once, and a text that is exactly one JSON
value is decoded with one scan; anything else (surrounding whitespace, a BOM, another encoding,
extra data, invalid JSON) goes to ``json.loads``, so the value or the error is always its own
(``bench/sse_throughput.py`` measures the typed SSE path against its raw floor).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["dumps_compact", "loads"]

# What httpx's ``json=`` sends: compact, UTF-8 as is, NaN refused.
dumps_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode

_scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # the C scanner, set in __init__


def loads(data: str | bytes) -> Any:
    """``json.loads(data)``: the same value, or the same error."""
    try:
        text = data if data.__class__ is str else data.decode()  # type: ignore[union-attr]
        value, end = _scan(text, 0)
    except (StopIteration, ValueError):  # not one value from the first character, or not UTF-8
        return json.loads(data)
    return value if end == len(text) else json.loads(data)
