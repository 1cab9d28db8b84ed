"""Compare two flattened schemas (path -> `Facts`) and emit classified `Change`s for one place.

`area` is `parameter`, `request-property` or `response-property`; the side (request or response) decides
which direction breaks callers (see `_rules`). Added or removed subtrees are reported once, at their top.
This module must not resolve `$ref`s or read the raw spec.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ._model import Change
from ._rules import (
    NARROWED,
    REPLACED,
    REQUEST,
    RESPONSE,
    RULES,
    WIDENED,
    constraint_change_breaking,
    required_change_breaking,
    type_change_breaking,
)
from ._schema import ANY, Facts

AREA_SIDE = {"parameter": REQUEST, "request-property": REQUEST, "response-property": RESPONSE}


class Emitter:
    """Builds `Change`s for one operation and place, attaching the rule text of each kind."""

    def __init__(self, operation: str, place: str, area: str) -> None:
        self.operation, self.place, self.area = operation, place, area
        self.side = AREA_SIDE.get(area, REQUEST)
        self.changes: list[Change] = []

    def emit(self, path: str, kind: str, detail: str, breaking: bool, *, rule: str = "") -> None:
        """Record a change at `path` below this place; `rule` defaults to the kind's own rule."""
        glue = "" if path.startswith(("[]", "{}")) else " "
        location = f"{self.place}{glue}{path}" if path else self.place
        self.changes.append(Change(self.operation, location, kind, detail, breaking, RULES[rule or kind]))


def compare_trees(out: Emitter, old: dict[str, Facts], new: dict[str, Facts]) -> None:
    area = out.area
    added = {p for p in new if p not in old}
    removed = {p for p in old if p not in new}
    for path in sorted(_tops(added)):
        required = new[path].required and out.side == REQUEST
        what = "required" if new[path].required else "optional"
        out.emit(path, f"{area}-added", f"{what} {show_types(new[path])}", required)
    for path in sorted(_tops(removed)):
        out.emit(path, f"{area}-removed", f"was {show_types(old[path])}", True)
    for path in sorted(p for p in old if p in new):
        compare_facts(out, path, old[path], new[path])


def compare_facts(out: Emitter, path: str, a: Facts, b: Facts) -> None:
    area, side = out.area, out.side
    if path and a.required != b.required:
        kind = f"{area}-required-changed"
        detail = "optional -> required" if b.required else "required -> optional"
        out.emit(path, kind, detail, required_change_breaking(side, b.required))
    if a.types != b.types or (a.enum is None) != (b.enum is None):
        direction = _direction(a, b)
        detail = f"{show_types(a)} -> {show_types(b)} ({direction})"
        breaking = type_change_breaking(side, direction)
        out.emit(path, f"{area}-type-changed", detail, breaking, rule="type-changed")
    elif a.enum is not None and b.enum is not None and a.enum != b.enum:
        if b.enum - a.enum:
            values = _values(b.enum - a.enum)
            out.emit(path, f"{area}-enum-value-added", f"added {values}", False, rule="enum-value-added")
        if a.enum - b.enum:
            values = _values(a.enum - b.enum)
            breaking = side == REQUEST
            kind = f"{area}-enum-value-removed"
            out.emit(path, kind, f"removed {values}", breaking, rule="enum-value-removed")
    if a.deprecated != b.deprecated:
        detail = "now deprecated" if b.deprecated else "no longer deprecated"
        out.emit(path, f"{area}-deprecated", detail, False, rule="deprecated")
    if a.constraints != b.constraints:
        for keyword, old_value, new_value in _constraint_changes(a, b):
            breaking = constraint_change_breaking(side, keyword, _load(old_value), _load(new_value))
            detail = f"{keyword}: {old_value or '(none)'} -> {new_value or '(none)'}"
            out.emit(path, f"{area}-constraint-changed", detail, breaking, rule="constraint-changed")


def show_types(facts: Facts) -> str:
    text = " | ".join(sorted(facts.types))
    if facts.enum is not None:
        text += f" enum({len(facts.enum)})"
    return text


def _values(encoded: frozenset[str]) -> str:
    return ", ".join(sorted(encoded))


def _tops(paths: set[str]) -> Iterator[str]:
    """Paths with no ancestor in `paths`; `[]`/`{}` children of a changed type are left to the type."""
    for path in paths:
        if path.endswith(("[]", "{}")) or any(anc in paths for anc in _ancestors(path)):
            continue
        yield path


def _ancestors(path: str) -> Iterator[str]:
    """`a[].b.c` -> `a`, `a[]`, `a[].b`."""
    for i in range(1, len(path)):
        if path[i] == "." or path.startswith(("[]", "{}"), i):
            yield path[:i]


def _covers(big: frozenset[str], small: frozenset[str]) -> bool:
    if ANY in big:
        return True
    if ANY in small:
        return False
    return all(t in big or (t == "integer" and "number" in big) for t in small)


def _direction(a: Facts, b: Facts) -> str:
    old_in_new = _covers(b.types, a.types) and (b.enum is None or (a.enum is not None and a.enum <= b.enum))
    new_in_old = _covers(a.types, b.types) and (a.enum is None or (b.enum is not None and b.enum <= a.enum))
    if old_in_new and not new_in_old:
        return WIDENED
    if new_in_old and not old_in_new:
        return NARROWED
    return REPLACED


def _constraint_changes(a: Facts, b: Facts) -> Iterator[tuple[str, str, str]]:
    old: dict[str, list[str]] = {}
    new: dict[str, list[str]] = {}
    for key, value in a.constraints:
        old.setdefault(key, []).append(value)
    for key, value in b.constraints:
        new.setdefault(key, []).append(value)
    for key in sorted(set(old) | set(new)):
        before, after = " | ".join(sorted(old.get(key, ()))), " | ".join(sorted(new.get(key, ())))
        if before != after:
            yield key, before, after


def _load(encoded: str) -> object:
    if not encoded:
        return None
    try:
        return json.loads(encoded)
    except ValueError:  # several merged values ("1 | 2"): not a single number
        return encoded
