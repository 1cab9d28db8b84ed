"""The offline Venice's JSON-schema instance builder (``venice.testing._instances``): every value it
builds is checked by ``jsonschema`` (formats included), and by pydantic for schemas pydantic wrote."""

from __future__ import annotations

import datetime
import enum
import json
from typing import Any, Literal

import jsonschema
import pydantic
import pytest

from venice.testing._instances import UnbuildableSchema, instance

NODE = {
    "type": "object",
    "properties": {
        "value": {"type": "integer"},
        "next": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]},
        "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
    },
    "required": ["value", "next", "children"],
    "additionalProperties": False,
}

SCHEMAS: dict[str, Any] = {
    "tool parameters": {
        "type": "object",
        "properties": {
            "city": {"type": "string", "description": "The city"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            "days": {"type": "integer", "minimum": 1, "maximum": 7},
        },
        "required": ["city"],
        "additionalProperties": False,
    },
    "nested objects and arrays": {
        "type": "object",
        "properties": {
            "order": {
                "type": "object",
                "properties": {
                    "lines": {
                        "type": "array",
                        "minItems": 2,
                        "uniqueItems": True,
                        "items": {
                            "type": "object",
                            "properties": {
                                "sku": {"type": "string", "minLength": 3},
                                "quantity": {"type": "integer", "exclusiveMinimum": 0},
                                "price": {"type": "number", "minimum": 0, "multipleOf": 0.01},
                            },
                            "required": ["sku", "quantity", "price"],
                        },
                    },
                    "placed": {"type": "string", "format": "date-time"},
                },
                "required": ["lines", "placed"],
            }
        },
        "required": ["order"],
    },
    "refs to $defs, recursive": {"$defs": {"Node": NODE}, "$ref": "#/$defs/Node"},
    "refs to definitions (draft 7)": {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "definitions": {
            "Day": {"type": "string", "format": "date"},
            "Days": {"type": "array", "items": {"$ref": "#/definitions/Day"}},
        },
        "type": "object",
        "properties": {"days": {"$ref": "#/definitions/Days"}},
        "required": ["days"],
    },
    "ref to the root": {
        "type": "object",
        "properties": {"name": {"type": "string"}, "parent": {"$ref": "#"}},
        "required": ["name"],
    },
    "nullable by type list": {
        "type": "object",
        "properties": {"note": {"type": ["string", "null"]}, "count": {"type": ["null", "integer"]}},
        "required": ["note", "count"],
    },
    "enum, const, default": {
        "type": "object",
        "properties": {
            "kind": {"const": "invoice"},
            "status": {"enum": [None, "open", "paid"]},
            "currency": {"type": "string", "default": "EUR"},
            "ints": {"type": "array", "items": {"enum": [1, 2, 3]}, "minItems": 3, "uniqueItems": True},
        },
        "required": ["kind", "status", "currency", "ints"],
    },
    "allOf": {
        "allOf": [
            {
                "type": "object",
                "properties": {"id": {"type": "string", "format": "uuid"}},
                "required": ["id"],
            },
            {"properties": {"active": {"type": "boolean"}, "id": {"minLength": 10}}, "required": ["active"]},
        ]
    },
    "oneOf with a discriminator": {
        "oneOf": [
            {
                "type": "object",
                "properties": {"type": {"const": "cat"}, "lives": {"type": "integer"}},
                "required": ["type"],
            },
            {"type": "object", "properties": {"type": {"const": "dog"}}, "required": ["type"]},
        ]
    },
    "formats": {
        "type": "object",
        "properties": {
            name: {"type": "string", "format": name}
            for name in (
                "date",
                "date-time",
                "time",
                "email",
                "uri",
                "uuid",
                "ipv4",
                "ipv6",
                "hostname",
                "duration",
            )
        },
    },
    "numbers in ranges": {
        "type": "array",
        "prefixItems": [
            {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
            {"type": "integer", "maximum": -5},
            {"type": "number", "minimum": 0.02, "maximum": 0.1, "multipleOf": 0.01},
            {"type": "integer", "minimum": 10, "multipleOf": 7},
            {"type": "number", "maximum": 0},
        ],
        "items": False,
    },
    "draft 4 exclusive bounds": {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "type": "integer",
        "minimum": 3,
        "exclusiveMinimum": True,
        "maximum": 4,
    },
    "strings by length and pattern": {
        "type": "object",
        "properties": {
            "long": {"type": "string", "minLength": 20, "maxLength": 25},
            "short": {"type": "string", "maxLength": 3},
            "code": {"type": "string", "pattern": "^[A-Z]{3}$"},
            "day": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"},
        },
        "required": ["long", "short", "code", "day"],
    },
    "a map": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 5}},
    "min and max properties": {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}, "c": {"type": "string"}},
        "required": ["a"],
        "maxProperties": 2,
        "minProperties": 2,
    },
    "no type at all": {"properties": {"anything": {}, "list": {"items": {"minimum": 3}}}},
}


def valid(schema: Any, value: Any) -> list[str]:
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(value)]


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_the_instance_is_valid_for_its_schema(name: str) -> None:
    value = instance(SCHEMAS[name])
    assert valid(SCHEMAS[name], value) == [], json.dumps(value)


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_the_instance_is_the_same_every_time(name: str) -> None:
    assert json.dumps(instance(SCHEMAS[name])) == json.dumps(instance(SCHEMAS[name]))


def test_values_are_plausible_every_property_one_item_and_a_null_only_when_nothing_else_fits() -> None:
    assert instance(SCHEMAS["tool parameters"]) == {"city": "example", "unit": "celsius", "days": 1}
    assert instance(SCHEMAS["nullable by type list"]) == {"note": "example", "count": 1}
    assert instance(SCHEMAS["enum, const, default"]) == {
        "kind": "invoice",
        "status": "open",
        "currency": "EUR",
        "ints": [1, 2, 3],
    }
    assert instance({"type": "array", "items": {"type": "string"}}) == ["example"]
    assert instance(SCHEMAS["a map"]) == {"example": 5}


def test_a_recursive_schema_stops_where_it_allows() -> None:
    node = instance(SCHEMAS["refs to $defs, recursive"])
    assert node == {
        "value": 1,
        "next": {"value": 1, "next": None, "children": []},
        "children": [{"value": 1, "next": None, "children": []}],
    }
    assert instance(SCHEMAS["ref to the root"]) == {"name": "example", "parent": {"name": "example"}}


class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


class Address(pydantic.BaseModel):
    street: str
    postcode: str = pydantic.Field(pattern=r"^\d{5}$", examples=["75001"])
    country: Literal["FR", "DE"] = "FR"


class Person(pydantic.BaseModel):
    name: str = pydantic.Field(min_length=2, max_length=40)
    age: int = pydantic.Field(ge=0, le=130)
    born: datetime.date
    favourite: Colour
    addresses: list[Address]
    nickname: str | None = None
    scores: dict[str, float] = {}
    manager: Person | None = None


@pytest.mark.parametrize("model", [Address, Person])
def test_a_schema_pydantic_wrote_gives_a_value_pydantic_accepts(model: type[pydantic.BaseModel]) -> None:
    schema = model.model_json_schema()
    value = instance(schema)
    assert valid(schema, value) == []
    model.model_validate_json(json.dumps(value))


@pytest.mark.parametrize(
    ("schema", "says"),
    [
        (False, "admits no value"),
        ({"$ref": "#/$defs/Missing"}, "does not resolve"),
        ({"$ref": "https://example.com/schema.json"}, "only references within the schema"),
        ({"type": "string", "pattern": "^[a-z]{40}$"}, "give the schema `examples`"),
        ({"type": "integer", "minimum": 5, "maximum": 4}, "no integer lies between"),
        ({"allOf": [{"type": "string"}, {"type": "integer"}]}, "no value is both"),
        ({"type": "object", "properties": {"me": {"$ref": "#"}}, "required": ["me"]}, "without end"),
    ],
)
def test_a_schema_with_no_value_it_can_build_is_refused_saying_why(schema: Any, says: str) -> None:
    with pytest.raises(UnbuildableSchema, match=says.replace("`", ".")):
        instance(schema)
