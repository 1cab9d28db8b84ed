"""Representative values built from the spec's schemas: the spec's own example when it is valid,
else the smallest value the schema admits (required properties only). Deterministic. The example a
documentation renderer composes is the pipeline's (``pipeline.samples``, what the offline Venice
answers with): ``SAMPLES.composed(schema)``."""

from __future__ import annotations

import copy
from typing import Any

from _oas import SpecSchemas
from _spec import overlaid
from hypothesis import find, settings
from hypothesis.strategies import from_regex
from pipeline.samples import Samples

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
_STRINGS = {
    "uri": "https://example.com/x.png",
    "date-time": "2026-08-01T00:00:00Z",
    "date": "2026-08-01",
    "email": "user@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "binary": "file",
}


def representative(schemas: SpecSchemas, schema: Any, *, use_examples: bool = True) -> Any:
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict):
        return None
    if use_examples and "example" in schema and not schemas.errors(schema, schema["example"]):
        return copy.deepcopy(schema["example"])
    if (
        "default" in schema
        and schema["default"] is not None
        and not schemas.errors(schema, schema["default"])
    ):
        return copy.deepcopy(schema["default"])
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    for keyword in ("oneOf", "anyOf"):
        for member in schema.get(keyword) or []:
            value = representative(schemas, member, use_examples=use_examples)
            if value is not None and not schemas.errors(schema, value):
                return value
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            part = representative(schemas, member, use_examples=use_examples)
            if isinstance(part, dict):
                merged.update(part)
        return merged
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        return {
            name: representative(schemas, properties.get(name, {}), use_examples=use_examples)
            for name in schema.get("required") or []
        }
    if kind == "array":
        item = representative(schemas, schema.get("items") or {}, use_examples=use_examples)
        return [item] * max(int(schema.get("minItems", 1)), 1)
    if kind == "integer":
        low = schema.get("minimum", 1)
        return int(low) + (1 if schema.get("exclusiveMinimum") else 0)
    if kind == "number":
        low = schema.get("minimum", 1)
        return float(low) + (0.5 if schema.get("exclusiveMinimum") else 0)
    if kind == "boolean":
        return True
    if kind == "string" and schema.get("pattern"):
        return _matching(str(schema["pattern"]))
    if kind == "string":
        text = _STRINGS.get(str(schema.get("format")), "x")
        return text * max(1, -(-int(schema.get("minLength", 1)) // len(text)))
    return None


def _matching(pattern: str) -> str:
    """The simplest string matching ``pattern`` (hypothesis shrinks to it; deterministic)."""
    return str(find(from_regex(pattern, fullmatch=True), lambda _: True, settings=settings(database=None)))


SAMPLES = Samples(overlaid())
