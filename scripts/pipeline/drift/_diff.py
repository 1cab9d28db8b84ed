"""`diff_specs`: the semantic diff of two loaded OpenAPI documents, as a `DriftReport`.

Operations are paired by `METHOD /path`; everything inside a pair is diffed by `_operations`. A raw
side-by-side walk (`_walk`) then sorts the remaining differences into documentation (summarised, never
drift) and structure this diff does not model (reported as `other-changed`, so nothing that changes the
wire contract can pass unseen). `info.version` is reported but never used to decide anything.
"""

from __future__ import annotations

from typing import Any

from ..specio import HTTP_METHODS, iter_operations
from ._model import Change, DriftReport
from ._operations import diff_operation
from ._rules import RULES
from ._schema import Flattener
from ._walk import diff_pointers, escape

# Operation keys `diff_operation` models; a structural difference under any other key is `other-changed`.
_MODELLED_OPERATION_KEYS = frozenset(
    {"parameters", "requestBody", "responses", "operationId", "deprecated", "security"}
)


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> DriftReport:
    """Compare two OpenAPI 3.x documents (as returned by `specio.load_spec`)."""
    ops_old, ops_new = _operations(old), _operations(new)
    flat_old, flat_new = Flattener(old), Flattener(new)
    changes: list[Change] = []
    added = [k for k in _ordered(ops_new) if k not in ops_old]
    removed = [k for k in _ordered(ops_old) if k not in ops_new]
    for key in added:
        _touch(flat_new, ops_new[key])
        detail = f"operationId {ops_new[key].get('operationId')}"
        changes.append(_operation_change(key, "operation-added", detail, False))
    for key in removed:
        _touch(flat_old, ops_old[key])
        detail = f"operationId {ops_old[key].get('operationId')}"
        changes.append(_operation_change(key, "operation-removed", detail, True))
    for key in _ordered(ops_old):
        if key in ops_new:
            changes += diff_operation(key, ops_old[key], ops_new[key], flat_old, flat_new)
    for old_key, new_key in _moves(ops_old, ops_new, removed, added):
        detail = f"from {old_key} (operationId {ops_new[new_key].get('operationId')})"
        changes.append(_operation_change(new_key, "operation-moved", detail, False))
        changes += diff_operation(new_key, ops_old[old_key], ops_new[new_key], flat_old, flat_new)
    docs, structure = diff_pointers(old, new)
    changes += _component_schemas(old, new, flat_old.used | flat_new.used, structure)
    changes += _unmodelled(structure)
    if not changes:
        changes = _unclassified(structure)
    return DriftReport(
        old_version=_version(old),
        new_version=_version(new),
        operations_added=tuple(added),
        operations_removed=tuple(removed),
        changes=tuple(sorted(set(changes), key=_order(ops_old, ops_new))),
        documentation_changes=tuple(docs),
    )


def _operation_change(key: str, kind: str, detail: str, breaking: bool) -> Change:
    return Change(key, "operation", kind, detail, breaking, RULES[kind])


def _moves(
    ops_old: dict[str, Any], ops_new: dict[str, Any], removed: list[str], added: list[str]
) -> list[tuple[str, str]]:
    """Pairs (removed, added) that share an operationId: the same operation at a new path or method."""
    by_id = {ops_old[k].get("operationId"): k for k in removed if ops_old[k].get("operationId")}
    return [(by_id[i], k) for k in added if (i := ops_new[k].get("operationId")) in by_id]


def _version(doc: dict[str, Any]) -> str:
    info = doc.get("info") or {}
    return str(info.get("version", "")) if isinstance(info, dict) else ""


def _operations(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`METHOD /path` -> operation, with what it inherits made explicit: path-level parameters (the
    operation's own win) and the document's `security` where the operation has none of its own."""
    found: dict[str, dict[str, Any]] = {}
    paths = doc.get("paths") or {}
    for method, path, op in iter_operations(doc):
        shared = paths[path].get("parameters") or []
        if shared:
            own = {(p.get("in"), p.get("name")) for p in op.get("parameters") or [] if isinstance(p, dict)}
            inherited = [p for p in shared if isinstance(p, dict) and (p.get("in"), p.get("name")) not in own]
            op = {**op, "parameters": inherited + list(op.get("parameters") or [])}
        if "security" not in op and "security" in doc:
            op = {**op, "security": doc["security"]}
        found[f"{method} {path}"] = op
    return found


def _sort_key(key: str) -> tuple[str, int]:
    method, _, path = key.partition(" ")
    return path, HTTP_METHODS.index(method.lower())


def _ordered(ops: dict[str, dict[str, Any]]) -> list[str]:
    return sorted(ops, key=_sort_key)


def _order(ops_old: dict[str, Any], ops_new: dict[str, Any]) -> Any:
    """Changes sorted by operation (path, then method; document-level last), then location and kind."""

    def key(change: Change) -> tuple[int, tuple[str, int], str, str, str]:
        if not change.operation:
            return 1, ("", 0), change.location, change.kind, change.detail
        return 0, _sort_key(change.operation), change.location, change.kind, change.detail

    return key


def _touch(flattener: Flattener, op: dict[str, Any]) -> None:
    """Flatten an added or removed operation's schemas only to mark the component schemas it uses."""
    for param in op.get("parameters") or ():
        if isinstance(param, dict):
            flattener.flatten(param.get("schema"))
    bodies = [op.get("requestBody") or {}, *(r for r in (op.get("responses") or {}).values())]
    for body in bodies:
        if isinstance(body, dict):
            for media in (body.get("content") or {}).values():
                flattener.flatten((media or {}).get("schema"))


def _component_schemas(
    old: dict[str, Any], new: dict[str, Any], used: set[str], structure: list[str]
) -> list[Change]:
    names_old = set(((old.get("components") or {}).get("schemas")) or {})
    names_new = set(((new.get("components") or {}).get("schemas")) or {})
    changes = []
    for name in sorted(names_new - names_old):
        location = f"components.schemas.{name}"
        changes.append(Change("", location, "schema-added", "added", False, RULES["schema-added"]))
    for name in sorted(names_old - names_new):
        location = f"components.schemas.{name}"
        changes.append(Change("", location, "schema-removed", "removed", False, RULES["schema-removed"]))
    for name in sorted((names_old & names_new) - used):
        prefix = f"/components/schemas/{escape(name)}"
        touched = [p for p in structure if p == prefix or p.startswith(prefix + "/")]
        if touched:
            location = f"components.schemas.{name}"
            detail = f"changed at {len(touched)} place(s), first {touched[0][len(prefix) :] or '/'}"
            changes.append(Change("", location, "schema-changed", detail, False, RULES["schema-changed"]))
    return changes


def _unclassified(structure: list[str]) -> list[Change]:
    """Structural differences no rule turned into a change (an `allOf` enum that intersects to the same
    values, a schema nested deeper than the flattener goes): reported, so that a report is never
    identical or documentation-only while a schema keyword changed."""
    groups: dict[str, list[str]] = {}
    for pointer in structure:
        groups.setdefault("/".join(pointer.split("/")[:4]), []).append(pointer)
    changes = []
    for top, pointers in sorted(groups.items()):
        detail = f"{len(pointers)} difference(s) no rule classified, first {pointers[0]}"
        changes.append(Change("", f"other {top}", "other-changed", detail, False, RULES["other-changed"]))
    return changes


def _unmodelled(structure: list[str]) -> list[Change]:
    """Group structural differences outside the modelled parts into one `other-changed` per place."""
    groups: dict[tuple[str, str], int] = {}
    for pointer in structure:
        tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
        if tokens[0] == "paths":
            if len(tokens) == 2 or tokens[2] == "parameters":
                continue  # a whole path appeared or went (reported as operations), or shared parameters
            if tokens[2] not in HTTP_METHODS:
                where = ("", f"other /paths/{escape(tokens[1])}/{escape(tokens[2])}")
            elif len(tokens) == 3 or tokens[3] in _MODELLED_OPERATION_KEYS:
                continue
            else:
                where = (f"{tokens[2].upper()} {tokens[1]}", f"other {tokens[3]}")
        elif tokens[:2] == ["components", "schemas"] or tokens[0] == "security":
            continue  # schemas: `_component_schemas`; the document's security: each operation inherits it
        else:
            where = ("", "other /" + "/".join(escape(t) for t in tokens[:2]))
        groups[where] = groups.get(where, 0) + 1
    return [
        Change(op, location, "other-changed", f"{count} difference(s)", False, RULES["other-changed"])
        for (op, location), count in sorted(groups.items())
    ]
