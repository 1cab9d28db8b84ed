"""The operations of the overlaid spec, as the contract tests see them."""

from __future__ import annotations

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
    """The pinned spec, pulled (offline: from the mirror) and overlaid as the generator saw it."""
    from pipeline import pull
    from pipeline.regen import overlaid_spec

    doc, _repairs, unmatched = overlaid_spec(pull.pull(pull.Lock.read()))
    if unmatched:
        raise RuntimeError(f"overlay actions match nothing in the pinned spec: {unmatched}")
    return doc


@functools.cache
def contract() -> tuple[SpecSchemas, list[Operation]]:
    """Schemas and operations of the overlaid spec, for parametrising tests at collection time."""
    doc = overlaid()
    return SpecSchemas(doc), operations(doc)
