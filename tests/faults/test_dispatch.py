"""The direct route (``venice._transports._dispatch``): a client this package built hands requests straight to
its transport; an injected ``httpx`` client keeps its ``send()`` and everything configured on it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import venice

from .raw_server import Answer, chat, response_bytes

CHAT = chat()


def _ok(request: Any) -> Answer:
    import json

    return Answer([response_bytes(200, json.dumps(CHAT).encode())])


def test_a_default_client_skips_send_and_sends_the_client_defaults_once(
    raw_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = raw_server(_ok)

    def no_send(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("httpx.Client.send was called on the direct route")

    monkeypatch.setattr(httpx.Client, "send", no_send)
    with venice.Venice(api_key="sk-k", base_url=server.base_url, max_retries=0) as client:
        raw = client.chat.completions.with_raw_response.create(
            model="m",
            messages=[{"role": "user", "content": "hi"}],
            extra_headers={"Accept": "application/json"},
        )
        assert raw.parse().choices[0].message.content
        assert raw.http_response.elapsed.total_seconds() >= 0
    seen = server.requests[0].headers
    assert seen["accept"] == "application/json"  # the call's value replaces the client default
    assert seen["accept-encoding"]  # the httpx client's default, still sent
    assert "python-httpx" not in seen["user-agent"]


@pytest.mark.anyio
async def test_an_async_default_client_skips_send(raw_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    server = raw_server(_ok)

    async def no_send(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("httpx.AsyncClient.send was called on the direct route")

    monkeypatch.setattr(httpx.AsyncClient, "send", no_send)
    async with venice.AsyncVenice(api_key="sk-k", base_url=server.base_url, max_retries=0) as client:
        completion = await client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
    assert completion.choices[0].message.content and len(server.requests) == 1


def test_an_injected_client_keeps_its_hooks_and_send(raw_server: Any) -> None:
    server = raw_server(_ok)
    seen: list[str] = []
    http_client = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    with (
        http_client,
        venice.Venice(api_key="sk-k", base_url=server.base_url, http_client=http_client) as client,
    ):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert seen == ["/api/v1/chat/completions"]
    assert client._route is None


def test_a_package_client_with_a_hook_added_goes_through_send(raw_server: Any) -> None:
    from venice.http_clients import default_http_client

    server = raw_server(_ok)
    seen: list[str] = []
    http_client = default_http_client()
    http_client.event_hooks["request"].append(lambda request: seen.append(request.method))
    with (
        http_client,
        venice.Venice(api_key="sk-k", base_url=server.base_url, http_client=http_client) as client,
    ):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert seen == ["POST"]


@pytest.mark.parametrize(
    ("method", "options"),
    [
        ("POST", {"json": {"model": "m", "messages": [{"role": "user", "content": "hé"}]}}),
        ("GET", {}),
        ("POST", {}),
        ("DELETE", {"json": {"id": 1}}),
        ("POST", {"content": b"raw bytes"}),
        ("POST", {"content": b""}),
        ("GET", {"params": {"limit": 2, "q": "a b"}}),
        ("POST", {"json": {"a": 1}, "call_headers": {"content-type": "application/x-ndjson"}}),
        ("POST", {"content": b"12345", "call_headers": {"Content-Length": "5"}}),
        ("POST", {"data": {"field": "value"}}),
        ("POST", {"files": {"file": ("a.txt", b"data", "text/plain")}}),
    ],
)
def test_the_direct_route_builds_the_request_httpx_would(method: str, options: dict[str, Any]) -> None:
    """Same method, URL, body and headers (names, values, multiplicity) as ``build_request``."""
    call_headers = {"User-Agent": "venice-bindings/test", **options.pop("call_headers", {})}
    with httpx.Client() as http:
        route = venice._transports._dispatch.direct_route(venice._transports._dispatch.built_here(http))
        assert route is not None
        url = "http://127.0.0.1:9/api/v1/things"
        ours = route.request(
            method,
            url,
            headers=route.headers_for(httpx.URL(url), call_headers),
            params=options.get("params"),
            json=options.get("json"),
            files=options.get("files"),
            data=options.get("data"),
            content=options.get("content"),
            timeout=None,
            extensions={},
        )
        theirs = http.build_request(method, url, headers=call_headers, **options)
    for request in (ours, theirs):
        request.read()
    assert (ours.method, str(ours.url)) == (theirs.method, str(theirs.url))
    if "files" in options:  # a multipart boundary is random
        assert ours.headers["content-type"].startswith("multipart/form-data; boundary=")
        return
    assert ours.content == theirs.content
    assert sorted(ours.headers.multi_items()) == sorted(theirs.headers.multi_items())


@pytest.mark.parametrize(
    ("client_headers", "call_headers", "expected"),
    [
        ({}, {}, [("content-type", "application/json")]),
        (
            {"Content-Type": "application/x-a"},
            {},
            [("content-type", "application/x-a")],
        ),
        (
            {},
            {"content-type": "application/x-b"},
            [("content-type", "application/x-b")],
        ),
        ({"Content-Length": "57"}, {}, [("content-type", "application/json")]),
    ],
)
def test_body_headers_given_by_the_client_or_the_call_are_not_doubled(
    client_headers: dict[str, str], call_headers: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    """The route knows which body headers its clients' own headers hold; a call's are looked for."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(
            200, json={"id": "1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
        )

    http = venice._transports._dispatch.built_here(httpx.Client(transport=httpx.MockTransport(handler)))
    with venice.Venice(
        api_key="sk-k", base_url="http://127.0.0.1:9/api/v1", http_client=http, default_headers=client_headers
    ) as client:
        assert client._route is not None
        for _ in range(2):  # the second request starts from the route's kept headers
            client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}], extra_headers=call_headers
            )
    for request in sent:
        assert [(k, v) for k, v in request.headers.multi_items() if k == "content-type"] == expected
        assert request.headers.get_list("content-length") == [str(len(request.content))] == ["57"]
