"""Sample values built from a spec's schemas, as a documentation renderer composes them: a schema's
own `example` where it has one, else every property with an example somewhere below it, and for a
required property with none, the smallest value its schema admits. Deterministic: the same spec
gives the same samples.

The offline Venice (`venice/_generated/offline_answers.py`, from `offline_answers.py`) answers with
these; the contract
tests check each one against its schema.
"""

from __future__ import annotations

import copy
from typing import Any

from .extensions import resolve_pointer
from .specio import SpecError

_STRINGS = {
    "uri": "https://example.com/x.png",
    "date-time": "2026-08-01T00:00:00Z",
    "date": "2026-08-01",
    "email": "user@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
_DEPTH = 12


class Samples:
    """Sample values for the schemas of one OpenAPI document."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self._doc = doc

    def resolve(self, schema: Any) -> Any:
        for _ in range(50):
            if not (isinstance(schema, dict) and "$ref" in schema):
                return schema
            schema = resolve_pointer(self._doc, str(schema["$ref"]))
        raise SpecError(f"reference cycle at {schema!r:.100}")

    def composed(self, schema: Any, depth: int = 0) -> Any:
        """The composed example of `schema`, or None when nothing below it has one."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > _DEPTH:
            return None
        if "example" in schema:
            return copy.deepcopy(schema["example"])
        for keyword in ("oneOf", "anyOf"):
            for member in schema.get(keyword) or []:
                value = self.composed(member, depth + 1)
                if value is not None:
                    return value
        if schema.get("allOf"):
            merged: dict[str, Any] = {}
            for member in schema["allOf"]:
                part = self.composed(member, depth + 1)
                if isinstance(part, dict):
                    merged.update(part)
            return merged or None
        if schema.get("type") == "object" or "properties" in schema:
            out = {}
            required = set(schema.get("required") or [])
            for name, sub in (schema.get("properties") or {}).items():
                value = self.composed(sub, depth + 1)
                if value is None and name in required:
                    value = self.smallest(sub, depth + 1)
                if value is not None:
                    out[name] = value
            return out or None
        if schema.get("type") == "array":
            item = self.composed(schema.get("items") or {}, depth + 1)
            return None if item is None else [item]
        return None

    def sample(self, schema: Any) -> Any:
        """The composed example, else the smallest value: what a server would plausibly answer."""
        value = self.composed(schema)
        return self.smallest(schema) if value is None else value

    def smallest(self, schema: Any, depth: int = 0) -> Any:
        """The smallest value `schema` admits (required properties only)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > _DEPTH:
            return None
        if "default" in schema and schema["default"] is not None:
            return copy.deepcopy(schema["default"])
        if schema.get("enum"):
            return next(v for v in schema["enum"] if v is not None)
        for keyword in ("oneOf", "anyOf"):
            for member in schema.get(keyword) or []:
                value = self.smallest(member, depth + 1)
                if value is not None:
                    return value
        if schema.get("allOf"):
            merged: dict[str, Any] = {}
            for member in schema["allOf"]:
                part = self.smallest(member, depth + 1)
                if isinstance(part, dict):
                    merged.update(part)
            return merged
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            properties = schema.get("properties") or {}
            return {
                name: self.smallest(properties.get(name, {}), depth + 1)
                for name in schema.get("required") or []
            }
        if kind == "array":
            item = self.smallest(schema.get("items") or {}, depth + 1)
            return [item] * max(int(schema.get("minItems", 1)), 1)
        if kind == "integer":
            return int(schema.get("minimum", 1)) + (1 if schema.get("exclusiveMinimum") else 0)
        if kind == "number":
            return float(schema.get("minimum", 1)) + (0.5 if schema.get("exclusiveMinimum") else 0)
        if kind == "boolean":
            return True
        if kind == "string":
            if schema.get("pattern"):
                raise SpecError(
                    f"no sample for a string with pattern {schema['pattern']!r} and no example: "
                    "give the schema an example (in the spec, or by an overlay)"
                )
            text = _STRINGS.get(str(schema.get("format")), "x")
            return text * max(1, -(-int(schema.get("minLength", 1)) // len(text)))
        return None
