"""Decode a read 2xx body, refusing one that cannot be what the spec promises.

A 200 that is empty, an HTML page (a proxy, captive portal or gateway error page), invalid JSON,
or JSON of the wrong top-level type (``null``, a string, a number where the spec promises an
object) raises ``APIResponseValidationError`` naming the status, the content type and the start
of the body, instead of returning ``None`` or a string the caller did not ask for.

Pure: the response's body must already be read. It must never put a credential into a message:
the excerpt is cleaned of the request's own ``Authorization`` and ``SIGN-IN-WITH-X`` values, in
case a misbehaving server echoes them.
"""

from __future__ import annotations

from typing import Any

import httpx

from venice._constants import SIWX_HEADER
from venice._core._json import loads
from venice._errors._exceptions import APIResponseValidationError
from venice._results._media_types import media_type

__all__ = ["decode_success_body"]

_EXCERPT_CHARS = 200
_HTML_STARTS = (b"<!doctype html", b"<html")
# Every top-level JSON type a success body of this API may have (objects; arrays for JSON-RPC batches).
_CONTAINERS: tuple[type, ...] = (dict, list)


def decode_success_body(
    response: httpx.Response, *, expect_json: bool, json_types: tuple[type, ...] = _CONTAINERS
) -> Any:
    """The decoded JSON value (``expect_json``) or the text of ``response``'s read body.

    Raises:
        APIResponseValidationError: JSON expected: the body is empty, HTML, not JSON, or JSON
            whose top-level value is not one of ``json_types``; text: the body is an HTML page.
    """
    content = response.content
    if expect_json:  # the common case first: valid JSON needs no other look at the response
        try:
            value = loads(content)
        except ValueError as exc:
            raise _invalid(response, _not_json(content, exc)) from None
        if isinstance(value, json_types):
            return value
        found = "null" if value is None else f"of type {type(value).__name__}"
        expected = ", ".join(t.__name__ for t in json_types)
        raise _invalid(response, f"is JSON {found}, not one of ({expected})")
    if media_type(response) == "text/html" or _looks_like_html(content):
        raise _invalid(response, "is an HTML page")
    return response.text  # an empty text body is an empty string, which text may be


def _not_json(content: bytes, exc: ValueError) -> str:
    if not content.strip():
        return "is empty"
    if _looks_like_html(content):
        return "is an HTML page"
    return f"is not valid JSON ({exc})"


def _looks_like_html(content: bytes) -> bool:
    return content[:16].lstrip().lower().startswith(_HTML_STARTS)


def _invalid(response: httpx.Response, problem: str) -> APIResponseValidationError:
    excerpt = body_excerpt(response)
    media = media_type(response)
    message = (
        f"The {response.status_code} response body {problem}, which the API never promises here "
        f"(content type {media or 'missing'!r}); body starts: {excerpt!r}"
    )
    return APIResponseValidationError(message, response=response, body=excerpt)


def body_excerpt(response: httpx.Response, limit: int = _EXCERPT_CHARS) -> str:
    """The first ``limit`` characters of the read body, without the request's credentials."""
    head = response.content[: limit * 4]
    try:
        text = head.decode(response.encoding or "utf-8", errors="replace")[:limit]
    except LookupError:  # an unknown charset
        text = head.decode("utf-8", errors="replace")[:limit]
    for secret in _request_secrets(response):
        text = text.replace(secret, "<redacted>")
    return text


def _request_secrets(response: httpx.Response) -> list[str]:
    try:
        request = response.request
    except RuntimeError:  # a response built without its request
        return []
    secrets = []
    authorization = request.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if token and scheme.lower() in ("bearer", "basic"):
        secrets.append(token)
    siwx = request.headers.get(SIWX_HEADER)
    if siwx:
        secrets.append(siwx)
    return [s for s in secrets if len(s) >= 4]
