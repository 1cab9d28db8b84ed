"""Walk two raw documents side by side and sort every difference into documentation or structure.

Documentation is what a description, summary, title or example says, plus the whole `info` block (its
`version` is neither monotonic nor unique upstream). Keys are only treated as documentation where they are
keywords: under `properties`, `paths`, `responses`, `content` and the other name maps they are names, so a
property called `description` is structure. Lists whose order means nothing (`enum`, `required`, union
variants, security alternatives) differ only when their items do. The semantic diff uses the structural
pointers to find changes it does not model; this module must not classify anything as breaking.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

DOC_KEYS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs"})
DOC_ROOT_KEYS = frozenset({"info", "externalDocs"})
# Keys whose value maps names (not keywords) to objects.
NAME_MAP_KEYS = frozenset(
    {
        "properties",
        "patternProperties",
        "paths",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "content",
        "securitySchemes",
        "links",
        "callbacks",
        "encoding",
        "variables",
        "mapping",
        "scopes",
    }
)
# Keywords whose list value is a set: reordering it changes nothing.
UNORDERED_KEYS = frozenset({"enum", "required", "type", "oneOf", "anyOf", "allOf", "security"})


def escape(token: object) -> str:
    """One JSON pointer token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def diff_pointers(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Return `(documentation_pointers, structural_pointers)` where the two documents differ, sorted."""
    docs: list[str] = []
    structure: list[str] = []
    for key in sorted(set(old) | set(new)):
        pointer = "/" + escape(key)
        if key in DOC_ROOT_KEYS:
            if old.get(key) != new.get(key):
                docs.append(pointer)
            continue
        _walk(old.get(key, _MISSING), new.get(key, _MISSING), pointer, key in NAME_MAP_KEYS, docs, structure)
    return sorted(docs), sorted(structure)


class _Missing:
    pass


_MISSING: Any = _Missing()


def _walk(a: Any, b: Any, pointer: str, names: bool, docs: list[str], structure: list[str]) -> None:
    if a is b or (type(a) is type(b) and a == b):
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for key in _keys(a, b):
            child = f"{pointer}/{escape(key)}"
            x, y = a.get(key, _MISSING), b.get(key, _MISSING)
            if not names and key in DOC_KEYS:
                if x != y:
                    docs.append(child)
                continue
            if not names and key in UNORDERED_KEYS and _same_items(x, y):
                continue
            _walk(x, y, child, not names and key in NAME_MAP_KEYS, docs, structure)
        return
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            _walk(x, y, f"{pointer}/{index}", False, docs, structure)
        return
    structure.append(pointer)


def _keys(a: dict[Any, Any], b: dict[Any, Any]) -> Iterator[Any]:
    yield from a
    yield from (k for k in b if k not in a)


def _same_items(a: Any, b: Any) -> bool:
    """Two lists with the same items in any order."""
    if not isinstance(a, list) or not isinstance(b, list) or len(a) != len(b):
        return False
    return sorted(map(_canonical, a)) == sorted(map(_canonical, b))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
