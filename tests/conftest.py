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


# The longest tests, started first so that the suite's workers (pytest-xdist, `make test`) finish
# together instead of waiting on one of them at the end. Only the order changes.
LONG_FIRST = (
    "tests/release/test_update.py",
    "tests/pipeline/test_history.py",
    "tests/tools/test_soak.py",
    "tests/pipeline/test_regen.py",
    "tests/tools/test_batch.py",
    "tests/release/test_dist.py",
    "tests/drift/test_drift_check.py",
    "tests/pipeline/test_overlay.py",
    "tests/tools/test_ratelimit.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return LONG_FIRST.index(path) if path in LONG_FIRST else len(LONG_FIRST)

    items.sort(key=rank)  # stable: the order within each group is kept
