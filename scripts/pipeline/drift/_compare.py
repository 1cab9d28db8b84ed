"""Compare two flattened schemas (path -> `Facts`) and emit classified `Change`s for one place.

`area` is `parameter`, `request-property` or `response-property`; the side (request or response) decides
which direction breaks callers (see `_rules`). Added or removed subtrees are reported once, at their top.
Unions are compared variant by variant (`_variants` pairs them); a variant's changes are located at
`path<variant>`, e.g. `messages[]<UserMessage>.name`. This module must not resolve `$ref`s or read the raw
spec.
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
    variant_change_breaking,
)
from ._schema import Facts, Tree, extend
from ._variants import admits, covers, label, lift_unions, pair_label, pair_variants

AREA_SIDE = {"parameter": REQUEST, "request-property": REQUEST, "response-property": RESPONSE}


class Emitter:
    """Builds `Change`s for one operation and place, attaching the rule text of each kind.

    Inside a union variant, `prefix` is the variant's path (`voice<string enum>`), and `covered_by` names
    a variant of the other union that admits everything at stake, which keeps the changes from breaking.
    `error_body` marks the body of an error response (4xx/5xx), where a change that only lets new values
    arrive breaks no caller (rule `error-body-new-values`).
    """

    def __init__(self, operation: str, place: str, area: str, *, error_body: bool = False) -> None:
        self.operation, self.place, self.area = operation, place, area
        self.side = AREA_SIDE.get(area, REQUEST)
        self.error_body = error_body
        self.changes: list[Change] = []
        self.prefix = self.covered_by = ""

    def emit(
        self, path: str, kind: str, detail: str, breaking: bool, *, rule: str = "", new_values: bool = False
    ) -> None:
        """Record a change at `path` below this place; `rule` defaults to the kind's own rule.

        `new_values`: the change breaks callers only because the body may now carry values it could not
        before (a widened type, a new variant, a new format), which no caller of an error response parses.
        """
        if breaking and self.covered_by:
            breaking, rule = False, "variant-covered"
            detail += f" (still admitted by variant <{self.covered_by}>)"
        if breaking and new_values and self.error_body:
            breaking, rule = False, "error-body-new-values"
        where = self.prefix + extend(path) if self.prefix else path
        glue = "" if where.startswith(("[]", "{}")) else " "
        location = f"{self.place}{glue}{where}" if where else self.place
        self.changes.append(Change(self.operation, location, kind, detail, breaking, RULES[rule or kind]))

    def variant(self, path: str, name: str, covered_by: str = "") -> Emitter:
        """An emitter for one variant of the union at `path`, recording into the same changes."""
        child = Emitter(self.operation, self.place, self.area, error_body=self.error_body)
        child.changes = self.changes
        child.prefix = (self.prefix + extend(path) if self.prefix else path) + f"<{name}>"
        child.covered_by = self.covered_by or covered_by
        return child


def compare_trees(out: Emitter, old: Tree, new: Tree) -> None:
    area = out.area
    old, new = lift_unions(old, new)
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
        widened = direction == WIDENED
        out.emit(path, f"{area}-type-changed", detail, breaking, rule="type-changed", new_values=widened)
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
            kind = f"{area}-constraint-changed"
            out.emit(path, kind, detail, breaking, rule="constraint-changed", new_values=side == RESPONSE)
    if a.variants or b.variants:
        compare_variants(out, path, a.variants, b.variants)


def compare_variants(out: Emitter, path: str, old: tuple[Tree, ...], new: tuple[Tree, ...]) -> None:
    """Compare paired variants as schemas of their own; report the unpaired ones as added or removed."""
    pairs, removed, added = pair_variants(old, new)
    for a, b in pairs:
        # A request must still accept the old variant's values, a response must send nothing new: when
        # another variant admits all of those values, nothing inside this pair can break callers.
        at_stake, others = (a, new) if out.side == REQUEST else (b, old)
        covering = next((label(other) for other in others if admits(other, at_stake)), "")
        compare_trees(out.variant(path, pair_label(a, b), covering), a, b)
    for what, variants, others in (("removed", removed, new), ("added", added, old)):
        for variant in variants:
            covered = any(admits(other, variant) for other in others)
            breaking = variant_change_breaking(out.side, added=what == "added", covered=covered)
            kind, rule = f"{out.area}-variant-{what}", f"variant-{what}"
            detail, added_here = show_variant(variant), what == "added"
            out.variant(path, label(variant)).emit(
                "", kind, detail, breaking, rule=rule, new_values=added_here
            )


def show_variant(tree: Tree) -> str:
    """`string (pattern "^vv_")`, `array of integer (maxItems 2048)`: enough to tell variants apart."""
    root = tree[""]
    items = f" of {show_types(tree['[]'])}" if "[]" in tree else ""
    limits = ", ".join(f"{key} {value}" for key, value in sorted(root.constraints))
    return show_types(root) + items + (f" ({limits})" if limits else "")


def show_types(facts: Facts) -> str:
    if facts.variants:
        return "(" + " | ".join(sorted(label(v) for v in facts.variants)) + ")"
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


def _direction(a: Facts, b: Facts) -> str:
    old_in_new = covers(b.types, a.types) and (b.enum is None or (a.enum is not None and a.enum <= b.enum))
    new_in_old = covers(a.types, b.types) and (a.enum is None or (b.enum is not None and b.enum <= a.enum))
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
