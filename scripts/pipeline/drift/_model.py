"""The drift report's data model and its stable JSON form.

A `DriftReport` is what `diff_specs` returns and what both renderers read. Its JSON form (`to_json`) is a
public interface (the CI job and anyone scripting around it parse it), so keys are only ever added, and
`SCHEMA_VERSION` goes up when one changes meaning. This module must not compute anything about specs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1

# Summary statuses, from "nothing to do" to "callers break"; the exit code follows this order.
IDENTICAL = "identical"
DOCS_ONLY = "documentation-only"
NON_BREAKING = "non-breaking"
BREAKING = "breaking"


@dataclass(frozen=True, order=True)
class Change:
    """One semantic difference: where it is, what kind, whether it breaks callers, and the rule applied."""

    operation: str  # "METHOD /path", or "" for document-level changes (component schemas, servers, ...)
    location: str
    kind: str
    detail: str
    breaking: bool
    rule: str

    def to_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation or None,
            "location": self.location,
            "kind": self.kind,
            "breaking": self.breaking,
            "detail": self.detail,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class DriftReport:
    """Everything the diff found between two specs, in deterministic order."""

    old_version: str
    new_version: str
    operations_added: tuple[str, ...]
    operations_removed: tuple[str, ...]
    changes: tuple[Change, ...]
    documentation_changes: tuple[str, ...] = field(default=())  # JSON pointers, sorted

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def status(self) -> str:
        if self.breaking:
            return BREAKING
        if self.changes:
            return NON_BREAKING
        return DOCS_ONLY if self.documentation_changes else IDENTICAL

    def summary(self) -> dict[str, Any]:
        n_breaking = len(self.breaking)
        return {
            "status": self.status,
            "changes": len(self.changes),
            "breaking": n_breaking,
            "non_breaking": len(self.changes) - n_breaking,
            "operations_added": len(self.operations_added),
            "operations_removed": len(self.operations_removed),
            "documentation_changes": len(self.documentation_changes),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "old_version": self.old_version,
            "new_version": self.new_version,
            "operations_added": list(self.operations_added),
            "operations_removed": list(self.operations_removed),
            "changes": [c.to_json() for c in self.changes],
            "documentation_changes": list(self.documentation_changes),
            "summary": self.summary(),
        }
