"""The media type of a response or request: its ``Content-Type`` without parameters, lower-cased.

Every place that dispatches on a content type or reports one reads it here, so
``Application/JSON; charset=utf-8`` is ``application/json`` everywhere. Pure: no I/O.
"""

from __future__ import annotations

import httpx

__all__ = ["media_type", "media_type_of"]


def media_type(message: httpx.Response | httpx.Request) -> str:
    """``"application/json"`` for ``Content-Type: Application/JSON; charset=utf-8``; ``""`` when
    the header is missing."""
    return media_type_of(str(message.headers.get("content-type", "")))


def media_type_of(content_type: str) -> str:
    """The media type a ``Content-Type`` value names: ``"application/json"`` for
    ``Application/JSON; charset=utf-8``."""
    return content_type.partition(";")[0].strip().lower()
