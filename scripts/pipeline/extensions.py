"""Resolve and extract the `x-venice-*` vendor extensions that the ergonomic layer reads at runtime.

Overlays may point at a schema instead of copying its keys (`parameters: '#/components/...'`); this
step resolves such pointers against the overlaid spec, so the extension always reflects the spec being
generated. The extract is written next to the generated package as `spec_extensions.json`.
"""

from __future__ import annotations

from typing import Any

from .specio import SpecError

MODEL_FEATURE_SUFFIX = "x-venice-model-feature-suffix"


def resolve_pointer(doc: dict[str, Any], pointer: str) -> Any:
    """Resolve a local JSON pointer (`#/a/b`) in `doc`; raise `SpecError` naming it if absent."""
    if not pointer.startswith("#/"):
        raise SpecError(f"only local JSON pointers are supported, got {pointer!r}")
    node: Any = doc
    for raw in pointer[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise SpecError(f"JSON pointer {pointer} does not resolve (no {part!r})")
    return node


def _find_extensions(node: Any, name: str, found: list[dict[str, Any]]) -> None:
    if isinstance(node, dict):
        value = node.get(name)
        if isinstance(value, dict):
            found.append(value)
        for child in node.values():
            _find_extensions(child, name, found)
    elif isinstance(node, list):
        for child in node:
            _find_extensions(child, name, found)


def resolve_model_feature_suffix(doc: dict[str, Any]) -> dict[str, Any] | None:
    """Fill `keys` (and per-key schemas) into every model-feature-suffix extension; return the first."""
    found: list[dict[str, Any]] = []
    _find_extensions(doc, MODEL_FEATURE_SUFFIX, found)
    for extension in found:
        schema = resolve_pointer(doc, str(extension["parameters"]))
        properties = schema.get("properties") or {}
        extension["keys"] = list(properties)
    return found[0] if found else None


def extract(doc: dict[str, Any]) -> dict[str, Any]:
    """The runtime-relevant extensions of the overlaid spec, as written to `spec_extensions.json`."""
    suffix = resolve_model_feature_suffix(doc)
    parameters_schema = resolve_pointer(doc, str(suffix["parameters"])) if suffix else {}
    return {
        "info_version": str(doc["info"]["version"]),
        MODEL_FEATURE_SUFFIX: None
        if suffix is None
        else {
            "separator": suffix["separator"],
            "pair_separator": suffix["pair-separator"],
            "key_value_separator": suffix["key-value-separator"],
            "keys": {
                key: {k: v for k, v in (schema or {}).items() if k in ("type", "enum", "default")}
                for key, schema in (parameters_schema.get("properties") or {}).items()
            },
        },
    }
