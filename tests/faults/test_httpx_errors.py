"""Every httpx exception becomes a ``VeniceError`` (issue 9, item 2).

The enumeration walks the ``httpx`` module (and every subclass defined in it) so a class added by
a new httpx release fails here until ``map_transport_error`` decides what it becomes. The
behavioural tests reach each translation over real HTTP: a corrupt gzip body on the JSON, raw,
SSE and binary paths, a redirect loop, a URL httpx refuses, and a status error raised by a user's
event hook.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

import venice
from venice._errors._from_http import HTTPX_ERRORS, map_transport_error

from ._modes import KEY, run
from .raw_server import Answer, RawServer, chat, gzip_corrupt, ok, response_bytes, status

# What each httpx exception becomes. A new httpx class must be added here (and mapped).
EXPECTED: dict[str, type[venice.VeniceError]] = {
    "HTTPError": venice.APIError,
    "RequestError": venice.APIConnectionError,
    "TransportError": venice.APIConnectionError,
    "TimeoutException": venice.APITimeoutError,
    "ConnectTimeout": venice.APITimeoutError,
    "ReadTimeout": venice.APITimeoutError,
    "WriteTimeout": venice.APITimeoutError,
    "PoolTimeout": venice.PoolTimeoutError,
    "NetworkError": venice.APIConnectionError,
    "ConnectError": venice.APIConnectionError,
    "ReadError": venice.APIConnectionError,
    "WriteError": venice.APIConnectionError,
    "CloseError": venice.APIConnectionError,
    "ProtocolError": venice.APIConnectionError,
    "LocalProtocolError": venice.APIConnectionError,
    "RemoteProtocolError": venice.APIConnectionError,
    "ProxyError": venice.APIConnectionError,
    "UnsupportedProtocol": venice.APIConnectionError,
    "DecodingError": venice.APIResponseValidationError,
    "TooManyRedirects": venice.APIConnectionError,
    "HTTPStatusError": venice.NotFoundError,  # the status decides the class
    "InvalidURL": venice.InvalidURLError,
    "CookieConflict": venice.APIError,
    "StreamError": venice.BodyConsumedError,
    "StreamConsumed": venice.BodyConsumedError,
    "StreamClosed": venice.BodyConsumedError,
    "ResponseNotRead": venice.BodyConsumedError,
    "RequestNotRead": venice.BodyConsumedError,
}


def httpx_exception_classes() -> set[type[Exception]]:
    found = {
        obj
        for name in dir(httpx)
        if isinstance(obj := getattr(httpx, name), type) and issubclass(obj, Exception)
    }
    stack = list(found)
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub.__module__.split(".")[0] == "httpx" and sub not in found:
                found.add(sub)
                stack.append(sub)
    return found


def instance(cls: type[Exception]) -> Exception:
    request = httpx.Request("GET", "https://api.test/api/v1/models")
    if cls is httpx.HTTPStatusError:
        return cls("404", request=request, response=httpx.Response(404, request=request, json={"error": "x"}))
    for attempt in (lambda: cls("boom", request=request), lambda: cls("boom"), lambda: cls()):  # type: ignore[call-arg]
        try:
            return attempt()
        except TypeError:
            continue
    raise AssertionError(f"cannot build {cls}")


def test_the_enumeration_finds_httpx_exceptions() -> None:
    names = {cls.__name__ for cls in httpx_exception_classes()}
    assert {"HTTPError", "InvalidURL", "StreamError", "DecodingError", "TooManyRedirects"} <= names


def test_every_httpx_exception_is_known() -> None:
    names = {cls.__name__ for cls in httpx_exception_classes()}
    assert names - set(EXPECTED) == set(), "new httpx exceptions: map them in map_transport_error"


@pytest.mark.parametrize(
    "cls", sorted(httpx_exception_classes(), key=lambda c: c.__name__), ids=lambda c: c.__name__
)
def test_every_httpx_exception_is_caught_and_translated(cls: type[Exception]) -> None:
    exc = instance(cls)
    assert isinstance(exc, HTTPX_ERRORS), "call sites catch HTTPX_ERRORS: it must cover every class"
    error = map_transport_error(exc, httpx.Request("GET", "https://api.test/x"))
    assert isinstance(error, venice.VeniceError)
    assert isinstance(error, EXPECTED[cls.__name__])


# -- corrupt Content-Encoding on every body path ----------------------------------------------


@pytest.mark.parametrize(
    ("action", "content_type"),
    [
        ("chat", "application/json"),
        ("chat_raw", "application/json"),
        ("stream", "text/event-stream"),
        ("speech", "audio/mpeg"),
        ("speech_iter", "audio/mpeg"),
    ],
)
def test_corrupt_gzip_body_is_a_validation_error(
    raw_server: Any, mode: str, action: str, content_type: str
) -> None:
    server = raw_server(lambda request: gzip_corrupt(content_type))
    with pytest.raises(venice.APIResponseValidationError, match=r"could not be decoded.*gzip") as info:
        run(mode, server.base_url, action)
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert len(server.requests) == 1  # a corrupt body is not retried


def test_corrupt_gzip_download_leaves_no_file(raw_server: Any, mode: str, tmp_path: Path) -> None:
    server = raw_server(lambda request: gzip_corrupt("audio/mpeg"))
    with pytest.raises(venice.APIResponseValidationError):
        run(mode, server.base_url, "speech_to_file", tmp_path / "out.mp3")
    assert list(tmp_path.iterdir()) == []


# -- redirects, URLs, event hooks ---------------------------------------------------------------


def test_redirect_loop_is_a_connection_error_not_retried(raw_server: Any, mode: str) -> None:
    def answer(request: Any) -> Answer:
        return Answer([response_bytes(302, b"", None, {"Location": request.target}, reason="Found")])

    server = raw_server(answer)
    with pytest.raises(venice.APIConnectionError, match="Too many redirects") as info:
        run(mode, server.base_url, "chat")
    assert isinstance(info.value.__cause__, httpx.TooManyRedirects)
    assert len(server.requests) == 21  # the first request and httpx's 20 redirects, once


def test_url_httpx_refuses_is_invalid_url_error_before_sending(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: ok({}))
    with pytest.raises(venice.InvalidURLError, match="too long") as info:
        run(mode, server.base_url, "chat", extra_query={"q": "x" * 70_000})
    assert isinstance(info.value, ValueError)
    assert server.requests == []


@pytest.mark.parametrize("base_url", ["ftp://example.com/api", "http://[::1/api"])
def test_bad_base_url_is_refused_at_construction(base_url: str) -> None:
    with pytest.raises(venice.InvalidURLError, match="base_url"):
        venice.Venice(api_key=KEY, base_url=base_url)
    with pytest.raises(venice.InvalidURLError, match="base_url"):
        venice.AsyncVenice(api_key=KEY, base_url=base_url)


def test_a_base_url_set_later_is_where_requests_go_with_its_host(raw_server: Any) -> None:
    first, second = raw_server(lambda request: ok(chat())), raw_server(lambda request: ok(chat()))
    with venice.Venice(api_key=KEY, base_url=first.base_url) as client:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        client.base_url = second.base_url + "/"  # a trailing slash is dropped, as at construction
        assert str(client.base_url) == second.base_url
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        with pytest.raises(venice.InvalidURLError, match="base_url"):
            client.base_url = "ftp://example.com/api"
        assert str(client.base_url) == second.base_url  # a refused value changes nothing
    assert [r.target for r in first.requests + second.requests] == ["/api/v1/chat/completions"] * 2
    assert second.requests[0].headers["host"] == second.base_url.split("/")[2]


def _raise_for_status_client(mode: str) -> httpx.Client | httpx.AsyncClient:
    if mode == "sync":
        return httpx.Client(event_hooks={"response": [lambda response: response.raise_for_status()]})

    async def hook(response: httpx.Response) -> None:
        response.raise_for_status()

    return httpx.AsyncClient(event_hooks={"response": [hook]})


def test_status_error_from_an_event_hook_is_typed(raw_server: Any, mode: str) -> None:
    server = raw_server(lambda request: status(404, {"error": "Specified model not found"}))
    http_client = _raise_for_status_client(mode)
    try:
        with pytest.raises(venice.NotFoundError) as info:
            run(mode, server.base_url, "chat", client={"http_client": http_client})
        assert isinstance(info.value.__cause__, httpx.HTTPStatusError)
    finally:
        if isinstance(http_client, httpx.Client):
            http_client.close()
        else:
            asyncio.run(http_client.aclose())


# -- a body read twice --------------------------------------------------------------------------


def test_binary_read_twice_is_body_consumed_error(raw_server: Any) -> None:
    server: RawServer = raw_server(lambda request: ok(b"ID3" + b"\0" * 100, "audio/mpeg"))
    with venice.Venice(api_key=KEY, base_url=server.base_url) as client:
        audio = client.audio.speech.create(model="tts-kokoro", input="x", voice="af_sky")
        assert len(b"".join(audio.iter_bytes())) == 103
        with pytest.raises(venice.BodyConsumedError, match="Read a body once"):
            b"".join(audio.iter_bytes())


def test_async_binary_content_before_read_is_body_consumed_error(raw_server: Any) -> None:
    server: RawServer = raw_server(lambda request: ok(b"ID3" + b"\0" * 100, "audio/mpeg"))

    async def main() -> None:
        async with venice.AsyncVenice(api_key=KEY, base_url=server.base_url) as client:
            audio = await client.audio.speech.create(model="tts-kokoro", input="x", voice="af_sky")
            with pytest.raises(venice.BodyConsumedError):
                _ = audio.content
            assert len(await audio.read()) == 103
            assert len(audio.content) == 103

    asyncio.run(main())
