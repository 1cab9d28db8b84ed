"""Regenerate every spec in the mirror's history/ and write the table in docs/spec-history.md.

Usage: python scripts/history_table.py [--check]   (--check: fail if the committed table is stale)

Each row: operations generated / in the spec, unmatched overlay actions (which), generator warnings,
normalisation repairs. Runs two regenerations at a time (each is mostly a generator subprocess).
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pipeline import regen
from pipeline.pull import mirror_dir

TABLE_PATH = regen.ROOT / "docs" / "spec-history.md"

HEADER = """# The pipeline on Venice's spec history

Every version in the offline mirror's `history/` run through `scripts/regen.py --spec` (not strict:
overlay actions that target something an older spec lacks are warnings there). Regenerate this table
with `python scripts/history_table.py`; `tests/pipeline/test_history.py` fails when it is stale.

| spec | info.version | generated / in spec | unmatched overlay actions | warnings | repairs | errors |
| --- | --- | --- | --- | --- | --- | --- |
"""


def history_specs() -> list[Path]:
    return sorted((mirror_dir() / "history").glob("*.yaml"))


def row(spec: Path) -> str:
    report = regen.run(spec, None, strict=False)
    unmatched = ", ".join(f"{u['file'].split('-')[0]}#{u['index']}" for u in report.unmatched_overlay_actions)
    return (
        f"| {spec.stem} | {report.info_version} | {len(report.generated_operations)} / "
        f"{len(report.spec_operations)} | {len(report.unmatched_overlay_actions)}"
        f"{f' ({unmatched})' if unmatched else ''} | {len(report.generator_warnings)} | "
        f"{len(report.normalisation_repairs)} | {'; '.join(report.errors) or '-'} |"
    )


def render() -> str:
    with ThreadPoolExecutor(max_workers=2) as pool:
        rows = list(pool.map(row, history_specs()))
    return HEADER + "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if docs/spec-history.md is stale")
    args = parser.parse_args(argv)
    table = render()
    if args.check:
        if TABLE_PATH.read_text(encoding="utf-8") != table:
            print(f"{TABLE_PATH} is stale; run python scripts/history_table.py", file=sys.stderr)
            return 1
        return 0
    TABLE_PATH.parent.mkdir(exist_ok=True)
    TABLE_PATH.write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
