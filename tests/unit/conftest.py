from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from _sleepless import client as sleepless

from venice import AsyncVenice, Venice

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Recorder:
    """A MockTransport handler that records requests and answers from a script or a default."""

    def __init__(self, default: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.script: list[httpx.Response | Exception] = []
        self.default = default or (lambda request: httpx.Response(200, json={}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.script:
            item = self.script.pop(0)
            if isinstance(item, Exception):
                raise item
            return item
        return self.default(request)

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(recorder: Recorder, sleeps: list[float]) -> Venice:
    return sleepless(
        Venice,
        api_key="sk-secret-key-123",
        base_url="https://api.test/api/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        _sleep=sleeps.append,
    )


@pytest.fixture
def async_client(recorder: Recorder, sleeps: list[float]) -> AsyncVenice:
    return sleepless(
        AsyncVenice,
        api_key="sk-secret-key-123",
        base_url="https://api.test/api/v1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
        _sleep=sleeps.append,
    )
