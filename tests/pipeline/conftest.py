"""Shared fixtures for the pipeline tests: paths to the repo, the mirror and the pinned spec."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from pipeline.pull import Lock, pull  # noqa: E402

MIRROR = Path(os.environ.get("VENICE_SPEC_MIRROR", ROOT.parent / "shared" / "venice-spec"))
HISTORY = MIRROR / "history"


@pytest.fixture(scope="session")
def mirror() -> Path:
    return MIRROR


@pytest.fixture(scope="session")
def pinned_spec() -> Path:
    return pull(Lock.read())
