"""Every upstream version in the mirror's history regenerates; the committed table says how well."""

from __future__ import annotations

import re

import history_table


def test_history_regenerates_and_the_committed_table_is_current() -> None:
    table = history_table.render()
    rows = [line for line in table.splitlines() if re.match(r"\| \d{8}T", line)]
    assert len(rows) == 20
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        name, generated_of_total, errors = cells[0], cells[2], cells[6]
        assert errors == "-", row
        generated, total = (int(n) for n in generated_of_total.split(" / "))
        if name >= "20260101":
            assert generated == total, row
    assert history_table.TABLE_PATH.read_text(encoding="utf-8") == table, (
        "docs/spec-history.md is stale: run python scripts/history_table.py"
    )
