"""``decode_success_body``: what a 2xx body may be (the fault suite covers it over HTTP)."""

from __future__ import annotations

import httpx
import pytest

import venice
from venice._results._decode import decode_success_body


def response(body: bytes, content_type: str = "application/json") -> httpx.Response:
    request = httpx.Request("GET", "https://api.test/x", headers={"Authorization": "Bearer sk-secret-1"})
    return httpx.Response(200, content=body, headers={"content-type": content_type}, request=request)


def test_json_object_and_array() -> None:
    assert decode_success_body(response(b'{"a": 1}'), expect_json=True) == {"a": 1}
    assert decode_success_body(response(b"[1]"), expect_json=True) == [1]


def test_array_refused_where_only_an_object_is_promised() -> None:
    with pytest.raises(venice.APIResponseValidationError, match=r"of type list, not one of \(dict\)"):
        decode_success_body(response(b"[1]"), expect_json=True, json_types=(dict,))


def test_text_may_be_empty_but_not_html() -> None:
    assert decode_success_body(response(b"", "text/plain"), expect_json=False) == ""
    assert decode_success_body(response(b"a,b\n", "text/csv"), expect_json=False) == "a,b\n"
    with pytest.raises(venice.APIResponseValidationError, match="HTML"):
        decode_success_body(response(b"<html>sk-secret-1</html>", "text/plain"), expect_json=False)


def test_excerpt_never_holds_the_request_key() -> None:
    with pytest.raises(venice.APIResponseValidationError) as info:
        decode_success_body(response(b"not json sk-secret-1"), expect_json=True)
    assert "sk-secret-1" not in str(info.value) and "<redacted>" in str(info.value)
