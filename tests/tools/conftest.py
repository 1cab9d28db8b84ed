from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from loopback import LoopbackVenice


@pytest.fixture
def loopback() -> Iterator[LoopbackVenice]:
    with LoopbackVenice(chunk_delay=0.0) as server:
        yield server


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
