"""For every test directory: the `spec` marker, which skips a test whose subject the pinned spec lacks.

`@pytest.mark.spec("POST /audio/queue", "prompt")` runs the test only where the pinned spec has that
operation and those request fields (`_pinned.lacks`); elsewhere it is skipped with the reason. Today's
pinned spec has everything the marked tests need, so there they all run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _pinned import lacks  # noqa: E402


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers(name="spec"):
        if reason := lacks(*marker.args):
            pytest.skip(reason)
