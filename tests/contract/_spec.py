"""The operations of the overlaid spec, as the contract tests see them."""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field
from typing import Any

from _oas import SpecSchemas
from pipeline.specio import iter_operations


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    op: dict[str, Any] = field(repr=False, compare=False)

    @property
    def name(self) -> str:
        return f"{self.operation_id} ({self.method} {self.path})"

    def parameters(self, location: str) -> list[dict[str, Any]]:
        return [p for p in self.op.get("parameters") or [] if p.get("in") == location]

    @property
    def request_content(self) -> dict[str, Any]:
        return (self.op.get("requestBody") or {}).get("content") or {}

    def responses(self) -> dict[str, dict[str, Any]]:
        return self.op.get("responses") or {}


def operations(doc: dict[str, Any]) -> list[Operation]:
    return [
        Operation(method, path, str(op.get("operationId") or ""), op)
        for method, path, op in iter_operations(doc)
    ]


@functools.cache
def overlaid() -> dict[str, Any]:
    """The pinned spec, pulled (offline: from the mirror) and overlaid as the generator saw it.

    A broken overlay action (its target is gone while the gap it closes is still there) is an error, as
    in strict regeneration; an obsolete one (the gap is fixed upstream, or not there yet in an older
    pinned spec) is what the generator saw too."""
    from pipeline import overlay, pull
    from pipeline.regen import overlaid_spec_health

    doc, _repairs, health = overlaid_spec_health(pull.pull(pull.Lock.read()))
    if broken := overlay.broken_actions(health):
        raise RuntimeError(f"overlay actions are broken on the pinned spec: {[str(a) for a in broken]}")
    return doc


@functools.cache
def superseded_at() -> datetime.datetime | None:
    """When the version after the pinned spec in the mirror's history was published (the history's
    `commit_date`), or None when the history has nothing newer: today's pinned spec, and any answer
    recorded before this time, is evidence about the API the pinned spec describes."""
    from pipeline.pull import Lock, mirror_dir

    rows = (mirror_dir() / "history" / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]
    columns = [row.split("\t") for row in rows if row.strip()]
    sha256 = Lock.read().sha256
    for index, row in enumerate(columns[:-1]):
        if row[-1] == sha256:
            return datetime.datetime.fromisoformat(columns[index + 1][1].replace("Z", "+00:00"))
    return None


@functools.cache
def contract() -> tuple[SpecSchemas, list[Operation]]:
    """Schemas and operations of the overlaid spec, for parametrising tests at collection time."""
    doc = overlaid()
    return SpecSchemas(doc), operations(doc)
