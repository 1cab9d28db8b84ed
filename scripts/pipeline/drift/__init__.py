"""Semantic diff of two OpenAPI specs with breaking-change classification (`make drift`, `scripts/drift.py`).

Public names: `diff_specs` (two loaded documents -> `DriftReport`), `render_markdown`, `render_json`,
`exit_code`, and the data classes. Loading specs is `specio`'s job, never this package's.
"""

from __future__ import annotations

from ._diff import diff_specs
from ._model import BREAKING, DOCS_ONLY, IDENTICAL, NON_BREAKING, SCHEMA_VERSION, Change, DriftReport
from ._render import render_json, render_markdown
from ._rules import RULES

EXIT_NO_DRIFT = 0
EXIT_DRIFT = 1
EXIT_BREAKING = 2
EXIT_PIPELINE_FAILED = 3


def exit_code(report: DriftReport) -> int:
    """0 no drift (identical or documentation-only), 1 non-breaking drift, 2 breaking drift."""
    if report.status == BREAKING:
        return EXIT_BREAKING
    return EXIT_DRIFT if report.status == NON_BREAKING else EXIT_NO_DRIFT


__all__ = [
    "BREAKING",
    "DOCS_ONLY",
    "EXIT_BREAKING",
    "EXIT_DRIFT",
    "EXIT_NO_DRIFT",
    "EXIT_PIPELINE_FAILED",
    "IDENTICAL",
    "NON_BREAKING",
    "RULES",
    "SCHEMA_VERSION",
    "Change",
    "DriftReport",
    "diff_specs",
    "exit_code",
    "render_json",
    "render_markdown",
]
