"""The direct route (``venice._dispatch``): a client this package built hands requests straight to
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
