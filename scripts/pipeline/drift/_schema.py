"""Flatten a schema, `$ref`s resolved, into the facts a caller depends on at each property path.

A path names a place in a JSON value: `""` is the value itself, `messages[]` an array item,
`messages[].role` a property, `metadata{}` an additionalProperties value. A `oneOf`/`anyOf` union keeps
its variants apart: its path holds the union's own facts (`default`, `deprecated`, ...) and `variants`,
one flattened tree per variant, for `_variants` to pair up; nothing of a variant is merged into the others.
`allOf` parts are merged as one object. Recursive `$ref`s stop at a `recursive:<Name>` type. This module
must not compare or classify.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ._walk import DOC_KEYS

MAX_DEPTH = 24
REF_PREFIX = "#/components/schemas/"
ANY = "any"
NULL = "null"

# Keywords the flattener models itself; every other non-documentation keyword is a "constraint".
_MODELLED = frozenset(
    {"$ref", "type", "nullable", "enum", "const", "properties", "required", "items", "allOf", "oneOf"}
    | {"anyOf", "deprecated"}
)
_SHAPE_KEYS = frozenset({"allOf", "oneOf", "anyOf", "properties", "items", "additionalProperties", "$ref"})


@dataclass(frozen=True)
class Facts:
    """What a schema promises at one path. `types` is never empty (`any` when unconstrained)."""

    types: frozenset[str]
    enum: frozenset[str] | None  # JSON-encoded values, or None when not an enum
    required: bool
    deprecated: bool
    constraints: frozenset[tuple[str, str]]  # (keyword, JSON-encoded value)
    variants: tuple[Tree, ...] = ()  # a oneOf/anyOf union: each variant flattened on its own
    # The `$ref` name or title the schema here was written with: a hint for pairing variants, not a fact.
    name: str = field(default="", compare=False)


Tree = dict[str, Facts]


@dataclass
class _Node:
    types: set[str] = field(default_factory=set)  # empty: unconstrained
    enum: set[str] | None = None
    required: bool = False
    deprecated: bool = False
    constraints: set[tuple[str, str]] = field(default_factory=set)
    variants: list[Tree] = field(default_factory=list)
    name: str = ""


_Tree = dict[str, _Node]


def _encode(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _python_type(value: Any) -> str:
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


class Flattener:
    """Flattens schemas of one document; `used` collects every component schema reached."""

    def __init__(self, doc: dict[str, Any]) -> None:
        components = doc.get("components") or {}
        self.schemas: dict[str, Any] = components.get("schemas") or {}
        self.used: set[str] = set()

    def flatten(self, schema: Any, *, required: bool = True) -> Tree:
        tree = self._collect(schema, (), 0)
        tree[""].required = required
        return _frozen(tree)

    def _collect(self, schema: Any, stack: tuple[str, ...], depth: int) -> _Tree:
        if not isinstance(schema, dict):
            return {"": _Node()}
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else ref
            if name in stack:
                return {"": _Node(types={f"recursive:{name}"})}
            self.used.add(name)
            if name not in self.schemas:
                return {"": _Node(types={f"unresolved:{name}"})}
            resolved = self._collect(self.schemas[name], (*stack, name), depth)
            resolved[""].name = name
            return resolved
        if depth > MAX_DEPTH:
            return {"": _Node()}
        tree: _Tree = {"": _own_facts(schema)}
        required = set(schema.get("required") or ())
        for name, sub in (schema.get("properties") or {}).items():
            child = self._collect(sub, stack, depth + 1)
            child[""].required = name in required
            _graft(tree, str(name), child)
        if "items" in schema:
            _graft(tree, "[]", self._collect(schema["items"], stack, depth + 1))
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            _graft(tree, "{}", self._collect(extra, stack, depth + 1))
        for part in schema.get("allOf") or ():
            _merge_all(tree, self._collect(part, stack, depth + 1))
        for keyword in ("oneOf", "anyOf"):  # both on one schema never occurs upstream: listed together
            for variant in schema.get(keyword) or ():
                tree[""].variants.append(_frozen(self._collect(variant, stack, depth + 1)))
        if schema.get("nullable") is True:
            root = tree[""]
            if root.variants:
                root.variants.append({"": _freeze(_Node(types={NULL}))})
            elif root.types:
                root.types.add(NULL)
            elif not _SHAPE_KEYS & schema.keys():
                # `nullable` alone (Venice writes `{nullable: true}` as an anyOf variant) means "null".
                root.types = {NULL}
        return tree


def _graft(tree: _Tree, prefix: str, child: _Tree) -> None:
    """Put `child` (paths relative to itself) under `prefix`: a property name, `[]` or `{}`."""
    for rel, node in child.items():
        tree[prefix + extend(rel)] = node


def extend(rel: str) -> str:
    """How a relative path continues its parent's: `[]`/`{}` attach directly, names after a dot."""
    if not rel or rel.startswith(("[]", "{}")):
        return rel
    return "." + rel


def _own_facts(schema: dict[str, Any]) -> _Node:
    title = schema.get("title")
    node = _Node(deprecated=schema.get("deprecated") is True, name=title if isinstance(title, str) else "")
    declared = schema.get("type")
    if isinstance(declared, str):
        node.types.add(declared)
    elif isinstance(declared, list):
        node.types.update(str(t) for t in declared)
    if "enum" in schema and isinstance(schema["enum"], list):
        values = schema["enum"]
        node.enum = {_encode(v) for v in values if v is not None}
        if not node.types:
            node.types.update(_python_type(v) for v in values)
    elif "const" in schema:
        node.enum = {_encode(schema["const"])}
        if not node.types:
            node.types.add(_python_type(schema["const"]))
    if not node.types:
        if "properties" in schema or isinstance(schema.get("additionalProperties"), dict):
            node.types.add("object")
        elif "items" in schema:
            node.types.add("array")
    for key, value in schema.items():
        if key in _MODELLED or key in DOC_KEYS or (key == "additionalProperties" and isinstance(value, dict)):
            continue
        node.constraints.add((str(key), _encode(value)))
    return node


def _merge_all(tree: _Tree, other: _Tree) -> None:
    """Fold `other` into `tree` as an `allOf` part: every constraint of both applies."""
    for path, node in other.items():
        mine = tree.get(path)
        if mine is None:
            tree[path] = node
            continue
        if node.types and mine.types:
            nullable = NULL in node.types or NULL in mine.types
            both = (mine.types & node.types) - {NULL}
            mine.types = (both or (mine.types | node.types) - {NULL}) | ({NULL} if nullable else set())
        else:
            mine.types = mine.types or set(node.types)
        if node.enum is not None:
            mine.enum = set(node.enum) if mine.enum is None else mine.enum & node.enum
        mine.required = mine.required or node.required
        mine.deprecated = mine.deprecated or node.deprecated
        mine.constraints |= node.constraints
        mine.variants += node.variants  # `allOf: [{$ref: SomeUnion}]` wraps a union: it stays one
        mine.name = mine.name or node.name


def _frozen(tree: _Tree) -> Tree:
    return {path: _freeze(node) for path, node in tree.items()}


def _freeze(node: _Node) -> Facts:
    return Facts(
        types=frozenset(node.types or {ANY}),
        enum=None if node.enum is None else frozenset(node.enum),
        required=node.required,
        deprecated=node.deprecated,
        constraints=frozenset(node.constraints),
        variants=tuple(node.variants),
        name=node.name,
    )
