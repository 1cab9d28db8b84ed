"""The OpenAPI 3.0 -> JSON Schema translation the request and response contracts rely on."""

from __future__ import annotations

from _oas import SpecSchemas, to_json_schema

DOC = {
    "components": {
        "schemas": {
            "Reason": {"type": "string", "enum": ["stop", "length"], "nullable": True},
            "Req": {
                "type": "object",
                "required": ["model"],
                "additionalProperties": False,
                "properties": {
                    "model": {"type": "string", "example": "m", "x-vendor": {"a": 1}},
                    "stop": {"anyOf": [{"type": "string"}, {"type": "array"}], "nullable": True},
                    "reason": {"$ref": "#/components/schemas/Reason"},
                    "seed": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
                },
            },
        }
    }
}
REQ = {"$ref": "#/components/schemas/Req"}


def test_nullable_with_type_admits_null_and_keeps_enum() -> None:
    assert to_json_schema(DOC["components"]["schemas"]["Reason"]) == {
        "type": ["string", "null"],
        "enum": ["stop", "length", None],
    }


def test_typeless_nullable_union_admits_null_only_in_addition() -> None:
    schemas = SpecSchemas(DOC)
    assert schemas.errors(REQ, {"model": "m", "stop": None, "reason": None}) == []
    assert schemas.errors(REQ, {"model": "m", "stop": 3})


def test_required_additional_properties_and_enums_are_enforced() -> None:
    schemas = SpecSchemas(DOC)
    assert any("'model' is a required property" in e for e in schemas.errors(REQ, {}))
    assert any("Additional properties" in e for e in schemas.errors(REQ, {"model": "m", "modle": 1}))
    assert schemas.errors(REQ, {"model": "m", "reason": "unknown"})


def test_boolean_exclusive_minimum_is_openapi_3_0_semantics() -> None:
    schemas = SpecSchemas(DOC)
    assert schemas.errors(REQ, {"model": "m", "seed": 0})
    assert schemas.errors(REQ, {"model": "m", "seed": 1}) == []


def test_annotations_and_vendor_extensions_are_dropped() -> None:
    converted = to_json_schema(DOC["components"]["schemas"]["Req"])
    assert converted["properties"]["model"] == {"type": "string"}
