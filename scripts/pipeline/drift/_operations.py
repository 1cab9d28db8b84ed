"""Diff one operation present in both specs: identity, parameters, request body and responses.

Locations read as a caller would look for them: `parameter query limit`, `request body (application/json)
messages[].role`, `response 200 (application/json) data[].id`, `responses 404`. This module must not decide
which operations exist; `_diff` pairs them up.
"""

from __future__ import annotations

from typing import Any

from ._compare import Emitter, compare_trees
from ._model import Change
from ._schema import Flattener


def diff_operation(
    name: str, old: dict[str, Any], new: dict[str, Any], flat_old: Flattener, flat_new: Flattener
) -> list[Change]:
    """`old`/`new` are operation objects with path-level parameters already merged in."""
    changes: list[Change] = []
    top = Emitter(name, "operation", "operation")
    old_id, new_id = old.get("operationId"), new.get("operationId")
    if old_id != new_id:
        top.emit("", "operation-id-changed", f"{old_id} -> {new_id}", False)
    if bool(old.get("deprecated")) != bool(new.get("deprecated")):
        detail = "now deprecated" if new.get("deprecated") else "no longer deprecated"
        top.emit("", "operation-deprecated", detail, False)
    _security(top, old, new)
    changes += top.changes
    changes += _parameters(name, old, new, flat_old, flat_new)
    changes += _request_body(name, old.get("requestBody"), new.get("requestBody"), flat_old, flat_new)
    changes += _responses(name, old.get("responses") or {}, new.get("responses") or {}, flat_old, flat_new)
    return changes


def _security(out: Emitter, old: dict[str, Any], new: dict[str, Any]) -> None:
    """`security` is already resolved (`_diff` gives inheriting operations the document's)."""

    def alternatives(op: dict[str, Any]) -> set[frozenset[str]]:
        """Accepted alternatives, each the set of schemes it needs (empty: no credentials)."""
        return {frozenset(map(str, req)) for req in op.get("security") or [{}]}

    def names(alts: set[frozenset[str]]) -> str:
        return ", ".join(sorted("+".join(sorted(alt)) or "(none)" for alt in alts))

    before, after = alternatives(old), alternatives(new)
    if before != after:
        # A caller keeps working if what it sends still satisfies some accepted alternative.
        stranded = any(not any(now <= was for now in after) for was in before)
        out.emit("", "operation-security-changed", f"{names(before)} -> {names(after)}", stranded)


def _parameters(
    name: str, old: dict[str, Any], new: dict[str, Any], flat_old: Flattener, flat_new: Flattener
) -> list[Change]:
    out = Emitter(name, "parameter", "parameter")
    before, after = _param_map(old), _param_map(new)
    for key in sorted(set(after) - set(before)):
        required = bool(after[key].get("required"))
        what = "required" if required else "optional"
        out.place = f"parameter {key}"
        out.emit("", "parameter-added", what, required)
    for key in sorted(set(before) - set(after)):
        out.place = f"parameter {key}"
        out.emit("", "parameter-removed", "removed", True)
    for key in sorted(set(before) & set(after)):
        a, b = before[key], after[key]
        out.place = f"parameter {key}"
        req_a, req_b = bool(a.get("required")), bool(b.get("required"))
        if req_a != req_b:
            detail = "optional -> required" if req_b else "required -> optional"
            out.emit("", "parameter-required-changed", detail, req_b)
        if bool(a.get("deprecated")) != bool(b.get("deprecated")):
            detail = "now deprecated" if b.get("deprecated") else "no longer deprecated"
            out.emit("", "parameter-deprecated", detail, False, rule="deprecated")
        tree_a = flat_old.flatten(a.get("schema"), required=req_a)
        tree_b = flat_new.flatten(b.get("schema"), required=req_b)
        compare_trees(out, tree_a, tree_b)
        for keyword in ("style", "explode", "allowReserved", "allowEmptyValue"):
            if a.get(keyword) != b.get(keyword):
                detail = f"{keyword}: {a.get(keyword)} -> {b.get(keyword)}"
                out.emit("", "parameter-constraint-changed", detail, True, rule="constraint-changed")
    return out.changes


def _param_map(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for param in op.get("parameters") or ():
        if isinstance(param, dict) and "name" in param:
            # Header names are case-insensitive on the wire.
            where = str(param.get("in"))
            name = str(param["name"]).lower() if where == "header" else str(param["name"])
            found[f"{where} {name}"] = param
    return found


def _request_body(name: str, old: Any, new: Any, flat_old: Flattener, flat_new: Flattener) -> list[Change]:
    out = Emitter(name, "request body", "request-property")
    if not isinstance(old, dict) and not isinstance(new, dict):
        return []
    if not isinstance(old, dict):
        required = bool(new.get("required"))
        detail = "required" if required else "optional"
        out.emit("", "request-body-added", detail, required)
        return out.changes
    if not isinstance(new, dict):
        out.emit("", "request-body-removed", "removed", True)
        return out.changes
    req_a, req_b = bool(old.get("required")), bool(new.get("required"))
    if req_a != req_b:
        detail = "optional -> required" if req_b else "required -> optional"
        out.emit("", "request-body-required-changed", detail, req_b)
    content_a, content_b = old.get("content") or {}, new.get("content") or {}
    for ctype in sorted(set(content_b) - set(content_a)):
        out.emit(ctype, "request-content-type-added", "added", False)
    for ctype in sorted(set(content_a) - set(content_b)):
        out.emit(ctype, "request-content-type-removed", "removed", True)
    for ctype in sorted(set(content_a) & set(content_b)):
        body = Emitter(name, f"request body ({ctype})", "request-property")
        tree_a = flat_old.flatten((content_a[ctype] or {}).get("schema"), required=req_a)
        tree_b = flat_new.flatten((content_b[ctype] or {}).get("schema"), required=req_b)
        compare_trees(body, tree_a, tree_b)
        out.changes += body.changes
    return out.changes


def _responses(
    name: str, old: dict[Any, Any], new: dict[Any, Any], flat_old: Flattener, flat_new: Flattener
) -> list[Change]:
    out = Emitter(name, "responses", "response-property")
    before = {str(k): v for k, v in old.items() if isinstance(v, dict)}
    after = {str(k): v for k, v in new.items() if isinstance(v, dict)}
    for status in sorted(set(after) - set(before)):
        out.emit(status, "response-status-added", "added", False)
    for status in sorted(set(before) - set(after)):
        out.emit(status, "response-status-removed", "removed", status[0] == "2")
    for status in sorted(set(before) & set(after)):
        place = Emitter(name, f"response {status}", "response-property", error_body=is_error_status(status))
        _response(place, before[status], after[status], flat_old, flat_new)
        out.changes += place.changes
    return out.changes


def _response(
    out: Emitter, old: dict[str, Any], new: dict[str, Any], flat_old: Flattener, flat_new: Flattener
) -> None:
    headers_a = {str(h).lower() for h in old.get("headers") or {}}
    headers_b = {str(h).lower() for h in new.get("headers") or {}}
    for header in sorted(headers_b - headers_a):
        out.emit(f"header {header}", "response-header-added", "added", False)
    for header in sorted(headers_a - headers_b):
        out.emit(f"header {header}", "response-header-removed", "removed", True)
    content_a, content_b = old.get("content") or {}, new.get("content") or {}
    for ctype in sorted(set(content_b) - set(content_a)):
        out.emit(f"({ctype})", "response-content-type-added", "added", False)
    for ctype in sorted(set(content_a) - set(content_b)):
        out.emit(f"({ctype})", "response-content-type-removed", "removed", True)
    place = out.place
    for ctype in sorted(set(content_a) & set(content_b)):
        body = Emitter(out.operation, f"{place} ({ctype})", "response-property", error_body=out.error_body)
        tree_a = flat_old.flatten((content_a[ctype] or {}).get("schema"))
        tree_b = flat_new.flatten((content_b[ctype] or {}).get("schema"))
        compare_trees(body, tree_a, tree_b)
        out.changes += body.changes


def is_error_status(status: str) -> bool:
    """`400`, `4XX`, `503`: a status the client raises on, whatever the body. `default` is not one (it may
    describe a success), so its body keeps the success rules."""
    return status[:1] in ("4", "5")
