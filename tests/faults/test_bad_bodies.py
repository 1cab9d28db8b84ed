"""A 2xx body that cannot be what the spec promises raises ``APIResponseValidationError``
(issue 9, item 6): empty, HTML, invalid JSON or JSON of the wrong top-level type, on the JSON,
raw, SSE and binary paths, naming status, content type and the start of the body."""

from __future__ import annotations

from typing import Any

import pytest

import venice

from ._modes import KEY, run
from .raw_server import Answer, Request, response_bytes

HTML = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"

BAD_JSON_BODIES: dict[str, tuple[bytes, str | None, str]] = {
    "empty": (b"", "application/json", "is empty"),
    "empty-no-content-type": (b"", None, "is empty"),
    "whitespace": (b" \r\n", "application/json", "is empty"),
    "html-page": (HTML, "text/html; charset=utf-8", "is an HTML page"),
    "html-labelled-json": (HTML, "application/json", "is an HTML page"),
    "truncated-json": (b'{"id": "chatcmpl-1", "choi', "application/json", "is not valid JSON"),
    "null": (b"null", "application/json", "is JSON null"),
    "string": (b'"OK"', "application/json", "is JSON of type str"),
    "number": (b"42", "application/json", "is JSON of type int"),
    "boolean": (b"true", "application/json", "is JSON of type bool"),
}


def answering(body: bytes, content_type: str | None) -> Any:
    return lambda request: Answer([response_bytes(200, body, content_type, reason="OK")])


@pytest.mark.parametrize("action", ["chat", "chat_raw"])
@pytest.mark.parametrize("case", sorted(BAD_JSON_BODIES))
def test_bad_json_success_body(raw_server: Any, mode: str, action: str, case: str) -> None:
    body, content_type, problem = BAD_JSON_BODIES[case]
    server = raw_server(answering(body, content_type))
    with pytest.raises(venice.APIResponseValidationError) as info:
        run(mode, server.base_url, action)
    message = str(info.value)
    assert problem in message and "The 200 response body" in message
    assert repr((content_type or "missing").split(";")[0]) in message
    assert repr(body.decode()[:200]) in message
    assert info.value.status_code == 200 and info.value.response is not None
    assert len(server.requests) == 1  # not retried


@pytest.mark.parametrize("action", ["stream", "speech"])
def test_html_instead_of_a_stream_or_media(raw_server: Any, mode: str, action: str) -> None:
    server = raw_server(answering(HTML, "text/html"))
    with pytest.raises(
        venice.APIResponseValidationError, match=r"is an HTML page.*'text/html'.*502 Bad Gateway"
    ):
        run(mode, server.base_url, action)


def test_echoed_credentials_are_not_in_the_message(raw_server: Any, mode: str) -> None:
    def echo(request: Request) -> Answer:
        page = f"<html><body>you sent {request.headers['authorization']}</body></html>".encode()
        return Answer([response_bytes(200, page, "text/html")])

    server = raw_server(echo)
    with pytest.raises(venice.APIResponseValidationError) as info:
        run(mode, server.base_url, "chat")
    assert KEY not in str(info.value) and KEY not in repr(info.value.body)
    assert "Bearer <redacted>" in str(info.value)


def test_a_long_body_is_cut_in_the_message(raw_server: Any, mode: str) -> None:
    server = raw_server(answering(b"x" * 100_000, "application/json"))
    with pytest.raises(venice.APIResponseValidationError) as info:
        run(mode, server.base_url, "chat")
    assert len(str(info.value)) < 600
