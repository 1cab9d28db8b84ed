from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fake_venice import FakeVenice


@pytest.fixture
def fake() -> Iterator[FakeVenice]:
    with FakeVenice() as server:
        yield server


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
