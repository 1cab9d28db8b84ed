"""Header values are checked at construction, and credentials never leave (issue 9, item 7).

A key with whitespace or control characters is refused before any I/O, naming where it came
from and never showing it; per-call headers and x402 signatures are checked before sending. The
key appears in no message, traceback, log line or repr, whatever the failure; a ``base_url`` with
userinfo is refused (it would replace the Bearer key with Basic auth) without showing it.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import traceback
from typing import Any

import httpx
import pytest
from _sleepless import client as sleepless

import venice

from ._modes import HI, KEY, async_venice, run
from .raw_server import Request, chat, cut, ok, reset, status

BAD_KEYS = {
    "trailing newline": (KEY + "\n", "ends with a newline"),
    "trailing CRLF": (KEY + "\r\n", "ends with a newline"),
    "leading space": (" " + KEY, "starts with a space"),
    "inner space": ("sk-abc def", "contains a space at position 6"),
    "inner newline": ("sk-abc\ndef", "contains a newline at position 6"),
    "NUL": ("sk-abc\0def", "contains a NUL at position 6"),
    "escape": ("sk-abc\x1bdef", "contains a control character (U+001B) at position 6"),
    "non-ASCII": ("sk-abcédef", "contains a non-ASCII character at position 6"),
    "empty": ("", "is empty"),
}

CLIENTS = [venice.Venice, venice.AsyncVenice]


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("case", sorted(BAD_KEYS))
def test_bad_api_key_is_refused_at_construction(cls: type[Any], case: str) -> None:
    key, problem = BAD_KEYS[case]
    with pytest.raises(ValueError) as info:
        cls(api_key=key, base_url="http://127.0.0.1:9/api/v1")
    message = str(info.value)
    assert message.startswith(f"api_key {problem}") and "strip" in message
    if key:
        assert key.strip() not in message and key.strip() not in "".join(
            traceback.format_exception(info.value)
        )
    assert info.value.__cause__ is None and info.value.__context__ is None


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
def test_bad_key_from_the_environment_names_the_variable(
    cls: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VENICE_API_KEY", KEY + "\n")
    with pytest.raises(
        ValueError, match=r"The VENICE_API_KEY environment variable .* ends with a newline"
    ) as info:
        cls(base_url="http://127.0.0.1:9/api/v1")
    assert KEY not in str(info.value)


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda c: c.__name__)
def test_bad_default_header_is_refused_at_construction(cls: type[Any]) -> None:
    with pytest.raises(ValueError, match=r"default_headers\['X-Title'\] ends with a newline"):
        cls(api_key=KEY, default_headers={"X-Title": "my app\n"})
    with pytest.raises(ValueError, match="sign_in_with_x contains a newline"):
        cls(sign_in_with_x="sig\nnature")


def test_bad_per_call_header_is_refused_before_sending(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: ok(chat()))
    with pytest.raises(ValueError, match="header 'X-Trace' ends with a newline"):
        run(mode, server.base_url, "chat", extra_headers={"X-Trace": "abc\n"})
    assert server.requests == []


def test_bad_x402_signature_from_the_callable_is_refused_before_sending(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: ok(chat()))

    def signer(request: httpx.Request) -> str:
        return "signature-SECRET\n"

    with pytest.raises(ValueError, match="the value returned by sign_in_with_x ends with a newline") as info:
        run(mode, server.base_url, "chat", client={"api_key": None, "sign_in_with_x": signer})
    assert "signature-SECRET" not in str(info.value)
    assert server.requests == []


# -- the key and userinfo never leave -----------------------------------------------------------

PASSWORD = "pa55-SECRET-word"
FAILURES = {
    "401": lambda: status(401, {"error": "Authentication failed"}),
    "500-exhausted": lambda: status(500, {"error": "Inference processing failed"}),
    "reset-exhausted": lambda: reset(),
    "cut-body": lambda: cut(200, b'{"id": "x", "object": "chat.completion"}', "application/json", sent=5),
    "echoing-html": None,  # answered by echo() below
}


def echo(request: Request) -> Any:
    page = f"<html>{request.headers.get('authorization')} {request.raw_line.decode()}</html>".encode()
    return ok(page, "text/html")


def _everything_visible(error: BaseException, client_repr: str, records: list[logging.LogRecord]) -> str:
    seen = ["".join(traceback.format_exception(error)), repr(error), str(error), client_repr]
    request = getattr(error, "request", None)
    if request is not None:
        seen += [repr(request), str(request.url), repr(request.headers)]
    seen += [record.getMessage() for record in records]
    return "\n".join(seen)


def _capture(mode: str, base_url: str, caplog: pytest.LogCaptureFixture) -> tuple[BaseException, str]:
    options: dict[str, Any] = {"api_key": KEY, "base_url": base_url, "_sleep": lambda s: None}
    with caplog.at_level(logging.DEBUG):
        if mode == "sync":
            client = sleepless(venice.Venice, **options)
            try:
                client.chat.completions.create(model="m", messages=HI)
            except venice.VeniceError as exc:
                return exc, repr(client)
            finally:
                client.close()
        else:

            async def main() -> tuple[BaseException, str]:
                async with async_venice(mode, **options) as aclient:
                    try:
                        await aclient.chat.completions.create(model="m", messages=HI)
                    except venice.VeniceError as exc:
                        return exc, repr(aclient)
                raise AssertionError("no error")

            return asyncio.run(main())
    raise AssertionError("no error")


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_credentials_appear_nowhere(
    raw_server: Any, mode: str, failure: str, caplog: pytest.LogCaptureFixture
) -> None:
    make = FAILURES[failure]
    server = raw_server(echo if make is None else (lambda request: make()))
    error, client_repr = _capture(mode, server.base_url, caplog)
    visible = _everything_visible(error, client_repr, caplog.records)
    assert KEY not in visible
    assert server.requests


def _refused(make: Any) -> venice.InvalidURLError:
    with pytest.raises(venice.InvalidURLError) as info:
        make()
    shown = "".join(traceback.format_exception(info.value))
    for secret in (KEY, PASSWORD, base64.b64encode(f"user:{PASSWORD}".encode()).decode()):
        assert secret not in shown
    assert "user:password@" in str(info.value) and "api_key" in str(info.value)
    return info.value


def test_a_base_url_with_userinfo_is_refused_without_showing_it(
    raw_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx would send user:password@ as Basic auth in place of the Bearer key: the key never sent.
    server = raw_server(lambda request: ok(chat()))
    with_userinfo = server.base_url.replace("://", f"://user:{PASSWORD}@")
    for client_class in (venice.Venice, venice.AsyncVenice):
        _refused(lambda cls=client_class: cls(api_key=KEY, base_url=with_userinfo))
    with venice.Venice(api_key=KEY, base_url=server.base_url) as client:
        _refused(lambda: client.with_options(base_url=with_userinfo))
        client.chat.completions.create(model="m", messages=HI)
    monkeypatch.setenv("VENICE_BASE_URL", with_userinfo)
    _refused(lambda: venice.Venice(api_key=KEY))
    assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {KEY}"]


def test_refused_outgoing_data_is_not_chained_nor_retried(mode: str) -> None:
    # A transport (here a mock; h11 in real life) that refuses a header quotes it in its message.
    calls: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.LocalProtocolError(f"Illegal header value b'Bearer {KEY}\\n'")

    transport = httpx.MockTransport(refuse)
    http_client: Any = (
        httpx.Client(transport=transport) if mode == "sync" else httpx.AsyncClient(transport=transport)
    )
    with pytest.raises(venice.APIConnectionError, match="could not be sent") as info:
        run(mode, "https://api.test/api/v1", "chat", client={"http_client": http_client})
    assert KEY not in "".join(traceback.format_exception(info.value))
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert len(calls) == 1
