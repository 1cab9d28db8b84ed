"""How the typed surface names and shapes schemas (`pipeline.shapes`), on small documents."""

from __future__ import annotations

from typing import Any

from pipeline.shapes import ListOf, Literal, MapOf, Named, Scalar, Shapes, UnionOf, attribute_name, singular


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": sorted(properties)}


def test_names_come_from_the_overlay_name_then_title_then_component_then_position() -> None:
    doc = {"components": {"schemas": {"Usage": obj(tokens={"type": "integer"})}}}
    walk = Shapes(doc)
    schema = obj(
        usage={"$ref": "#/components/schemas/Usage"},
        choices={"type": "array", "items": {**obj(index={"type": "integer"}), "x-venice-name": "Choice"}},
        message={**obj(role={"type": "string", "enum": ["assistant"]}), "title": "Assistant Message"},
        cost=obj(usd={"type": "number"}),
        entries={"type": "array", "items": obj(key={"type": "string"})},
    )
    assert walk.type_of(schema, "ChatCompletion", "#") == Named("ChatCompletion")
    assert list(walk.types) == [
        "ChatCompletion",
        "Usage",
        "Choice",
        "AssistantMessage",
        "ChatCompletionCost",
        "ChatCompletionEntry",
    ]
    assert walk.types["AssistantMessage"].tags == {"role": "assistant"}


def test_identical_schemas_share_a_name_and_different_ones_are_told_apart() -> None:
    walk = Shapes({})
    part = {**obj(text={"type": "string"}), "title": "text"}
    other = {**obj(image={"type": "string"}), "title": "text"}
    walk.type_of(obj(a=part, b=dict(part)), "Holder", "#")
    walk.type_of(obj(c=other), "Other", "#")
    assert list(walk.types) == ["Holder", "Text", "Other", "OtherText"]


def test_type_expressions() -> None:
    walk = Shapes({})
    assert walk.type_of({"type": "string", "enum": ["a", "b"]}, "X", "#") == Literal(("a", "b"))
    assert walk.type_of({"type": "integer", "nullable": True}, "X", "#") == UnionOf(
        (Scalar("int"), Scalar("None"))
    )
    assert walk.type_of({"type": "array", "items": {"type": "number"}}, "X", "#") == ListOf(Scalar("float"))
    assert walk.type_of({"type": "object", "additionalProperties": {"type": "string"}}, "X", "#") == MapOf(
        Scalar("str")
    )
    assert walk.type_of({}, "X", "#") == Scalar("Any")
    assert walk.type_of(
        {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["x"]}]}, "X", "#"
    ) == Scalar("str")


def test_attribute_names_keep_json_keys_where_python_allows() -> None:
    assert attribute_name("type") == "type"
    assert attribute_name("availableContextTokens") == "availableContextTokens"
    assert attribute_name("from") == "from_"
    assert attribute_name("to_dict", frozenset({"to_dict"})) == "to_dict_"
    assert attribute_name("2x") == "field_2x"
    assert [singular(w) for w in ("choices", "entries", "status", "data")] == [
        "choice",
        "entry",
        "status",
        "data",
    ]
