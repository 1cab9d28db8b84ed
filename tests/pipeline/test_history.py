"""Every upstream version in the mirror's history regenerates; the committed table says how well.

One test per history spec (so the suite's workers share the regenerations), each checking its own
row of `docs/spec-history.md` against a fresh regeneration; one more checks the table has exactly
those rows, in order, under its header.
"""

from __future__ import annotations

import re
from pathlib import Path

import history_table
import pytest

SPECS = history_table.history_specs()
ROW = re.compile(r"^\| (\d{8}T\S+) \|")


def committed_rows() -> dict[str, str]:
    text = history_table.TABLE_PATH.read_text(encoding="utf-8")
    return {m[1]: line for line in text.splitlines() if (m := ROW.match(line))}


def test_the_table_lists_every_history_spec_in_order_under_its_header() -> None:
    text = history_table.TABLE_PATH.read_text(encoding="utf-8")
    assert len(SPECS) == 20
    assert list(committed_rows()) == [spec.stem for spec in SPECS]
    assert text == history_table.HEADER + "\n".join(committed_rows().values()) + "\n", (
        "docs/spec-history.md is stale: run python scripts/history_table.py"
    )


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.stem)
def test_history_spec_regenerates_as_its_committed_row_says(spec: Path) -> None:
    row = history_table.row(spec)
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    name, generated_of_total, errors = cells[0], cells[2], cells[6]
    assert errors == "-", row
    generated, total = (int(n) for n in generated_of_total.split(" / "))
    if name >= "20260101":
        assert generated == total, row
    assert committed_rows().get(spec.stem) == row, (
        "docs/spec-history.md is stale: run python scripts/history_table.py"
    )
