"""The spec mirror for the drift tests: where it is, the named pairs, and each file parsed once per session.

The mirror is `../shared/venice-spec/` beside the repository (override with VENICE_SPEC_MIRROR); its files
are read in place, never copied. A missing mirror fails the tests rather than skipping them.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))

from pipeline.specio import load_spec  # noqa: E402

MIRROR = Path(os.environ.get("VENICE_SPEC_MIRROR") or REPO.parent / "shared" / "venice-spec")
HISTORY = MIRROR / "history"
PINNED = MIRROR / "swagger-20260821.193530.yaml"

# The three consecutive upstream pairs the mirror's README names for drift tests.
PAIR_0308 = ("20260308T143241_4a818e5c.yaml", "20260308T234554_c29542f9.yaml")
PAIR_0413 = ("20260413T043504_18bb6653.yaml", "20260413T050918_a1c2c65d.yaml")
PAIR_0604 = ("20260604T221751_d495b4b6.yaml", "20260604T230642_3f922c23.yaml")


def history_files() -> list[str]:
    """Every history file in index order (chronological)."""
    lines = (HISTORY / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t")[0] for line in lines if line.strip()]


def monthly_files() -> list[str]:
    """The last history file of each month (the mirror's monthly series)."""
    last: dict[str, str] = {}
    for name in history_files():
        last[name[:6]] = name
    return [last[month] for month in sorted(last)]


@cache
def spec(name: str) -> dict[str, Any]:
    """A history file (by name) or the pinned spec ("pinned"), parsed once per session; never mutate it."""
    return load_spec(PINNED if name == "pinned" else HISTORY / name)
