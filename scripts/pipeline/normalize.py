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


def normalize(doc: dict[str, Any]) -> list[Repair]:
    """Apply every repair to `doc` in place and return what was repaired."""
    return _response_descriptions(doc) + _hoist_union_members(doc)
