"""OpenAPI 3.0 schema objects -> JSON Schema (draft 4) validators, for checking requests and examples.

OpenAPI 3.0 schemas are a dialect of JSON Schema draft 4 (boolean ``exclusiveMinimum``, ``$ref``
siblings ignored) with a few differences that matter for validation; this module translates them:

* ``nullable: true`` admits ``null``: with a ``type`` it becomes ``type: [T, "null"]`` (and ``null``
  joins an ``enum``); without one (a union or a ``$ref`` wrapper) the schema becomes
  ``anyOf: [schema, {type: null}]``, because OpenAPI 3.0.3 gives the keyword no meaning there while
  Venice's spec plainly uses it to mean "or null";
* annotations JSON Schema does not know (``example``, ``discriminator``, ``x-*`` ...) are dropped.

Validation is strict where the spec is: ``additionalProperties: false``, ``oneOf`` exclusivity and
formats (``FORMAT_CHECKER``) apply. Nothing here knows about Venice.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft4Validator

_SCHEMA_MAPS = ("properties", "patternProperties")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SCHEMA_VALUES = ("items", "additionalProperties", "not")
_DROPPED = {
    "example",
    "examples",
    "discriminator",
    "xml",
    "externalDocs",
    "deprecated",
    "readOnly",
    "writeOnly",
}


def to_json_schema(schema: Any) -> Any:
    """A draft-4 JSON Schema equivalent to the OpenAPI 3.0 ``schema`` (a new object; input untouched)."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _DROPPED or key.startswith("x-") or key == "nullable":
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: to_json_schema(sub) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [to_json_schema(sub) for sub in value]
        elif key in _SCHEMA_VALUES:
            out[key] = to_json_schema(value)
        else:
            out[key] = value
    if schema.get("nullable") is True:
        kind = out.get("type")
        if isinstance(kind, str) and "$ref" not in out:
            out["type"] = [kind, "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        else:
            return {"anyOf": [out, {"type": "null"}]}
    return out


class SpecSchemas:
    """Validators for schemas of one OpenAPI document; ``#/components/schemas/...`` refs resolve."""

    def __init__(self, doc: dict[str, Any]) -> None:
        schemas = (doc.get("components") or {}).get("schemas") or {}
        self._components = {"schemas": {name: to_json_schema(s) for name, s in schemas.items()}}
        self._raw = schemas

    def resolve(self, schema: Any) -> Any:
        """Follow local ``$ref``s to the OpenAPI schema object they name."""
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self._raw[schema["$ref"].rsplit("/", 1)[-1]]
            seen += 1
            if seen > 50:
                raise ValueError("reference cycle")
        return schema

    def validator(self, schema: Any) -> Draft4Validator:
        root = {"allOf": [to_json_schema(schema)], "components": self._components}
        return Draft4Validator(root, format_checker=Draft4Validator.FORMAT_CHECKER)

    def errors(self, schema: Any, instance: Any) -> list[str]:
        """Every violation of ``schema`` by ``instance``, each as ``<json path>: <message>``."""
        found = sorted(
            self.validator(schema).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))
        )
        return [f"{e.json_path}: {e.message[:300]}" for e in found]
