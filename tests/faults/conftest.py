from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from ._modes import MODES
from .fake_venice import FakeVenice
from .raw_server import Handler, RawServer


@pytest.fixture
def fake() -> Iterator[FakeVenice]:
    with FakeVenice() as server:
        yield server


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def raw_server() -> Iterator[Callable[[Handler], RawServer]]:
    """Start byte-level loopback servers answering with the given handler; stopped after the test."""
    servers: list[RawServer] = []

    def start(handler: Handler) -> RawServer:
        server = RawServer(handler).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__()


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    """``"sync"`` (``Venice``) or ``"async"`` (``AsyncVenice``)."""
    return str(request.param)
