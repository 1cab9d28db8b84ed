"""The default transport (httpx over httpcore2's pool) and the aiohttp option, on real loopback sockets."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import httpcore2
import httpx
import pytest
from loopback import API_KEY, LoopbackVenice

import venice
from venice._transports._pool import AsyncPoolTransport, PoolTransport, _core_errors
from venice.http_clients import aiohttp_client


@pytest.fixture
def misbehaving() -> Iterator[tuple[str, list[str]]]:
    """A socket server that stalls ("/stall") or cuts a body short ("/cut"); yields its URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    seen: list[str] = []

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                request = connection.recv(65536).decode()
                seen.append(request.split(" ", 2)[1])
                if "/cut" in request:
                    connection.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
                    )
                else:
                    stop.wait(2)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", seen
    stop.set()
    thread.join(5)
    listener.close()


def closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/api/v1"


def test_the_clients_use_the_httpcore2_pool_by_default() -> None:
    with venice.Venice(api_key="k") as client:
        assert isinstance(client._client._transport, PoolTransport)
    async_client = venice.AsyncVenice(api_key="k")
    assert isinstance(async_client._client._transport, AsyncPoolTransport)
    asyncio.run(async_client.close())


def test_pool_errors_become_httpx_errors_then_venice_errors(misbehaving: tuple[str, list[str]]) -> None:
    url, _ = misbehaving
    with httpx.Client(transport=PoolTransport()) as http:
        with pytest.raises(httpx.ConnectError):
            http.get(closed_port())
        with pytest.raises(httpx.ReadTimeout):
            http.get(f"{url}/stall", timeout=0.2)
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(f"{url}/cut")
    with (
        venice.Venice(api_key="k", base_url=closed_port(), max_retries=0) as client,
        pytest.raises(venice.APIConnectionError),
    ):
        client.models.list()
    with (
        venice.Venice(api_key="k", base_url=f"{url}/stall", max_retries=0, timeout=0.2) as client,
        pytest.raises(venice.APITimeoutError),
    ):
        client.models.list()


# httpcore2 errors the pool raises to its caller (ConnectionNotAvailable is retried inside the pool).
CORE_ERRORS = sorted(
    name
    for name in dir(httpcore2)
    if isinstance(cls := getattr(httpcore2, name), type)
    and issubclass(cls, Exception)
    and name != "ConnectionNotAvailable"
)


@pytest.mark.parametrize("name", CORE_ERRORS)
def test_each_httpcore2_error_becomes_its_httpx_twin_raised_from_it(name: str) -> None:
    original = getattr(httpcore2, name)("boom")
    with pytest.raises(getattr(httpx, name)) as caught, _core_errors:
        raise original
    assert type(caught.value) is getattr(httpx, name)
    assert caught.value.__cause__ is original and str(caught.value) == "boom"


def test_other_errors_pass_the_translation_unchanged() -> None:
    with pytest.raises(KeyError), _core_errors:
        raise KeyError("x")


def test_async_pool_errors_become_httpx_errors(misbehaving: tuple[str, list[str]]) -> None:
    url, _ = misbehaving

    async def main() -> None:
        async with httpx.AsyncClient(transport=AsyncPoolTransport()) as http:
            with pytest.raises(httpx.ConnectError):
                await http.get(closed_port())
            with pytest.raises(httpx.ReadTimeout):
                await http.get(f"{url}/stall", timeout=0.2)
            with pytest.raises(httpx.RemoteProtocolError):
                await http.get(f"{url}/cut")

    asyncio.run(main())


def test_the_generated_package_works_on_the_pool_transport(loopback: LoopbackVenice) -> None:
    from venice_api import AuthenticatedClient
    from venice_api.api.models import list_models

    client = AuthenticatedClient(base_url=loopback.base_url, token=API_KEY)
    http = httpx.Client(
        base_url=loopback.base_url, transport=PoolTransport(), headers={"Authorization": f"Bearer {API_KEY}"}
    )
    with client.set_httpx_client(http):
        # Text models: the real payloads (2026-08) served here are typed by every spec since 2026-02; other
        # types' pricing shapes came later than some specs a history replay pins.
        response = list_models.sync_detailed(client=client, type_="text")
    assert response.status_code == 200
    assert response.parsed is not None and len(response.parsed.data) > 0


def test_the_aiohttp_client_serves_calls_and_streams(loopback: LoopbackVenice) -> None:
    async def main() -> tuple[str, str]:
        async with (
            aiohttp_client() as http,  # a client given to AsyncVenice is closed by its owner
            venice.AsyncVenice(api_key=API_KEY, base_url=loopback.base_url, http_client=http) as client,
        ):
            completion = await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}]
            )
            stream = await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "a b c"}], stream=True
            )
            pieces = [
                chunk.choices[0].delta.content async for chunk in stream if chunk.choices[0].delta.content
            ]
            return str(completion.choices[0].message.content), "".join(pieces)

    assert asyncio.run(main()) == ("echo: hi", "echo: a b c")
