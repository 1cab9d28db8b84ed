"""Fixtures of the contract suite: the overlaid pinned spec (the oracle), Prism, a loopback server.

The spec is pulled from the pin (offline: the mirror) and overlaid exactly as the generator saw it
(``pipeline.regen.overlaid_spec``). Tests only ever talk to 127.0.0.1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT / "scripts", Path(__file__).resolve().parent):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from _oas import SpecSchemas  # noqa: E402
from _prism import Prism, prism_document, start_prism  # noqa: E402
from _spec import Operation, contract, overlaid  # noqa: E402


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return overlaid()


@pytest.fixture(scope="session")
def schemas() -> SpecSchemas:
    return contract()[0]


@pytest.fixture(scope="session")
def spec_operations() -> list[Operation]:
    return contract()[1]


@pytest.fixture(scope="session")
def prism(spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    spec_file = tmp_path_factory.mktemp("prism") / "venice-overlaid.json"
    spec_file.write_text(json.dumps(prism_document(spec)), encoding="utf-8")
    with start_prism(spec_file, ROOT) as server:
        yield server


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
