"""The media type of a response: its ``Content-Type`` without parameters, lower-cased.

Every place that dispatches on a content type or reports one reads it here, so
``Application/JSON; charset=utf-8`` is ``application/json`` everywhere. Pure: no I/O.
"""

from __future__ import annotations

import httpx

__all__ = ["media_type"]


def media_type(response: httpx.Response) -> str:
    """``"application/json"`` for ``Content-Type: Application/JSON; charset=utf-8``; ``""`` when
    the header is missing."""
    return str(response.headers.get("content-type", "")).partition(";")[0].strip().lower()
