"""Render a `DriftReport` as Markdown (CI job summary, issue body) or as its stable JSON.

The Markdown states every rule it applied next to the changes it applied it to, so a reader never has to
guess why something is called breaking. This module must not compute the diff.
"""

from __future__ import annotations

import json

from ._model import BREAKING, DOCS_ONLY, IDENTICAL, Change, DriftReport

_HEADLINES = {
    IDENTICAL: "No drift: the two specs have the same content.",
    DOCS_ONLY: "No drift: only documentation changed (descriptions, summaries, titles, examples, info).",
    "non-breaking": "Drift, none of it breaking for callers.",
    BREAKING: "**Breaking drift**: some changes break existing callers.",
}
DOC_SAMPLE = 10


def render_json(report: DriftReport) -> str:
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"


def render_markdown(report: DriftReport, *, heading: str = "##") -> str:
    s = report.summary()
    lines = [
        f"{heading} Spec drift: `{report.old_version}` -> `{report.new_version}`",
        "",
        _HEADLINES[report.status],
        "",
        f"- changes: {s['changes']} ({s['breaking']} breaking, {s['non_breaking']} non-breaking)",
        f"- operations added: {s['operations_added']}, removed: {s['operations_removed']}",
        f"- documentation-only differences (not drift): {s['documentation_changes']}",
    ]
    if report.operations_added or report.operations_removed:
        lines += ["", f"{heading}# Operations", ""]
        lines += [f"- added `{op}`" for op in report.operations_added]
        lines += [f"- removed `{op}`" for op in report.operations_removed]
    if report.changes:
        lines += [
            "",
            f"{heading}# Changes",
            "",
            "| | operation | location | kind | detail |",
            "|" + "---|" * 5,
        ]
        lines += [_row(c) for c in report.changes]
        lines += ["", f"{heading}# Rules applied", ""]
        for rule in sorted({c.rule for c in report.changes}):
            lines.append(f"- {rule}")
    if report.documentation_changes:
        sample = ", ".join(f"`{p}`" for p in report.documentation_changes[:DOC_SAMPLE])
        more = len(report.documentation_changes) - DOC_SAMPLE
        sample += f" and {more} more" if more > 0 else ""
        lines += ["", f"{heading}# Documentation-only", "", sample]
    return "\n".join(lines) + "\n"


def _row(change: Change) -> str:
    mark = "**breaking**" if change.breaking else "ok"
    cells = [mark, f"`{change.operation}`" if change.operation else "(document)", change.location]
    cells += [change.kind, change.detail]
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
