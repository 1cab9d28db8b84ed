"""One reading of Content-Type (``venice._results._media_types``), used by every dispatch and report."""

from __future__ import annotations

import httpx
import pytest

from venice._results._media_types import media_type
from venice._results._response import BinaryResponse


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("application/json", "application/json"),
        ("Application/JSON; charset=utf-8", "application/json"),
        (" text/event-stream ;charset=UTF-8", "text/event-stream"),
        ("audio/mpeg", "audio/mpeg"),
        ("", ""),
        (None, ""),
    ],
)
def test_media_type_is_the_lowercase_type_without_parameters(header: str | None, expected: str) -> None:
    headers = {} if header is None else {"content-type": header}
    assert media_type(httpx.Response(200, headers=headers)) == expected


def test_a_request_has_its_media_type_too() -> None:
    request = httpx.Request("POST", "https://api.test/x", files={"file": ("a.png", b"png", "image/png")})
    assert media_type(request) == "multipart/form-data"


def test_a_response_reports_the_same_media_type_or_none() -> None:
    typed = BinaryResponse(httpx.Response(200, headers={"content-type": "Audio/MPEG; rate=44100"}))
    untyped = BinaryResponse(httpx.Response(200))
    assert typed.content_type == "audio/mpeg"
    assert untyped.content_type is None
    typed.close()
    untyped.close()
