"""Generic repairs applied to every spec before the overlays (documented, Venice-agnostic).

These fix defects that are not a wrong statement about the API but make a document unusable by
openapi-python-client 0.29.1 or by Prism; each repair keeps the wire contract exactly as written:

1. `response_description`: a response without `description` (required by OpenAPI 3.0; five 2025-12
   upstream versions) gets an empty one, so the document validates instead of failing to parse.
2. `hoist_union_members`: a component schema that is an `anyOf`/`oneOf` of inline object schemas is
   built twice by the generator ("Attempted to generate duplicate models", dropping the models, e.g.
   the five `X402InferencePaymentRequired*` sub-models). Each inline object member moves to its own
   component, named as the generator itself would name it (its title, else `<Component>_type_<i>`),
   and the union refers to it. Class names and JSON are unchanged; no schema content is copied by hand.

3. `typeless_nullable`: `nullable: true` on a schema with no `type` means nothing in OpenAPI 3.0 (it
   only qualifies `type`), yet the spec uses `{nullable: true}` 73 times to mean "null" as an `anyOf`
   member, and Prism turns such schemas into validators that accept invalid bodies (a chat request
   without `messages` got 200). A union member that is only `{nullable: true}` is removed, and the
   union admits null the OpenAPI 3.0 way: `nullable: true` moves onto one member that has a `type`
   (the first without an `enum`; one member only, so a `oneOf` stays exclusive for null).
   Elsewhere the meaningless keyword is dropped (`{}` is already "any value").
4. `nullable_enum`: OpenAPI 3.0.3 says a nullable enum admits null only if `null` is in `enum`; the
   spec's own examples send null for such fields (`stop_reason: null`), so `null` is added to `enum`.

Repairs are reported (kind, location) so a run shows what was touched. This module must not encode
anything Venice-specific: that belongs in overlays/.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .specio import iter_operations


@dataclass(frozen=True)
class Repair:
    kind: str
    location: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "location": self.location}


def _response_descriptions(doc: dict[str, Any]) -> list[Repair]:
    repairs = []
    for method, path, op in iter_operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if isinstance(response, dict) and "$ref" not in response and "description" not in response:
                response["description"] = ""
                repairs.append(Repair("response_description", f"{method} {path} {status}"))
    for name, response in ((doc.get("components") or {}).get("responses") or {}).items():
        if isinstance(response, dict) and "description" not in response:
            response["description"] = ""
            repairs.append(Repair("response_description", f"#/components/responses/{name}"))
    return repairs


def _is_inline_object(schema: Any) -> bool:
    return isinstance(schema, dict) and "$ref" not in schema and schema.get("type") == "object"


def _hoist_union_members(doc: dict[str, Any]) -> list[Repair]:
    schemas = (doc.get("components") or {}).get("schemas") or {}
    repairs = []
    for name in list(schemas):
        schema = schemas[name]
        for keyword in ("anyOf", "oneOf"):
            members = schema.get(keyword) if isinstance(schema, dict) else None
            if not isinstance(members, list) or not any(_is_inline_object(m) for m in members):
                continue
            for index, member in enumerate(members):
                if not _is_inline_object(member):
                    continue
                new_name = str(member.get("title") or f"{name}_type_{index}")
                if new_name in schemas:
                    continue  # never overwrite an existing component; leave this member inline
                schemas[new_name] = member
                members[index] = {"$ref": f"#/components/schemas/{new_name}"}
                repairs.append(Repair("hoist_union_member", f"#/components/schemas/{name}/{keyword}/{index}"))
    return repairs


_ANNOTATIONS = {"title", "description", "example", "deprecated", "default"}


def _is_only_nullable(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("nullable") is True
        and not set(schema) - _ANNOTATIONS - {"nullable"}
    )


def _nullable_repairs(node: Any, where: str, repairs: list[Repair]) -> None:
    if isinstance(node, list):
        for index, child in enumerate(node):
            _nullable_repairs(child, f"{where}/{index}", repairs)
        return
    if not isinstance(node, dict):
        return
    for keyword in ("anyOf", "oneOf"):
        members = node.get(keyword)
        if not isinstance(members, list):
            continue
        admits_null = any(_is_only_nullable(m) for m in members) or (
            node.get("nullable") is True and "type" not in node
        )
        typed = [m for m in members if isinstance(m, dict) and "type" in m and not _is_only_nullable(m)]
        if admits_null and typed:
            node[keyword] = [m for m in members if not _is_only_nullable(m)]
            node.pop("nullable", None)
            if not any(m.get("nullable") is True for m in typed):
                # Prefer a member without `enum`: a nullable enum would need `null` among its values.
                min(typed, key=lambda m: "enum" in m)["nullable"] = True
            repairs.append(Repair("typeless_nullable", f"{where}/{keyword}"))
    if (
        node.get("nullable") is True
        and "type" not in node
        and not any(k in node for k in ("anyOf", "oneOf", "allOf", "$ref", "enum", "properties", "items"))
    ):
        del node["nullable"]
        repairs.append(Repair("typeless_nullable", where))
    enum = node.get("enum")
    if node.get("nullable") is True and isinstance(enum, list) and None not in enum:
        enum.append(None)
        repairs.append(Repair("nullable_enum", where))
    for key, child in node.items():
        if key not in ("example", "examples", "default", "enum"):
            _nullable_repairs(child, f"{where}/{key}", repairs)


def normalize(doc: dict[str, Any]) -> list[Repair]:
    """Apply every repair to `doc` in place and return what was repaired."""
    repairs = _response_descriptions(doc) + _hoist_union_members(doc)
    _nullable_repairs(doc.get("paths"), "#/paths", repairs)
    _nullable_repairs(doc.get("components"), "#/components", repairs)
    return repairs
