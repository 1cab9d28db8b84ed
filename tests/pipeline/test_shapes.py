"""How the typed surface names and shapes schemas (`pipeline.shapes`), on small documents."""

from __future__ import annotations

from typing import Any

import pytest
from pipeline import params, responses
from pipeline.shapes import (
    ListOf,
    Literal,
    MapOf,
    Named,
    Scalar,
    Shapes,
    Spelling,
    UnionOf,
    UnionType,
    annotation,
    attribute_name,
    singular,
    union,
)
from pipeline.specio import SpecError


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


def named_union_doc() -> dict[str, Any]:
    """A request whose `messages` items are a union an overlay names, with an alias on one member,
    and an answer whose `items` union is named too."""
    user = {**obj(role={"type": "string", "enum": ["user"]}), "title": "User Message"}
    user["x-venice-aliases"] = ["ChatCompletionUserMessage"]
    tool = {**obj(role={"type": "string", "enum": ["tool"]}), "title": "Tool Message"}
    messages = {"type": "array", "items": {"anyOf": [user, tool], "x-venice-name": "ChatCompletionMessage"}}
    a, b = {**obj(a={"type": "string"}), "title": "A"}, {**obj(b={"type": "integer"}), "title": "B"}
    answer_items = {"anyOf": [a, b]}
    answer = obj(items={"type": "array", "items": {**answer_items, "x-venice-name": "Item"}})
    return {
        "paths": {
            "/chat": {
                "post": {
                    "operationId": "chat",
                    "requestBody": {"content": {"application/json": {"schema": obj(messages=messages)}}},
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": answer}}}
                    },
                }
            }
        }
    }


def test_a_union_an_overlay_names_is_a_named_type_written_by_its_name() -> None:
    doc = named_union_doc()
    messages = doc["paths"]["/chat"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    walk = Shapes(doc, suffix="Param")
    expr = walk.type_of(messages["properties"]["messages"], "ChatRequestMessage", "#")
    members = (Named("UserMessageParam"), Named("ToolMessageParam"))
    assert expr == ListOf(UnionOf(members, name="ChatCompletionMessageParam"))
    named = walk.types["ChatCompletionMessageParam"]
    assert isinstance(named, UnionType) and named.members == members
    assert walk.types["UserMessageParam"].aliases == ["ChatCompletionUserMessageParam"]
    # A named union stays one member of a larger union, and keeps its name in annotations.
    assert isinstance(expr, ListOf) and isinstance(expr.item, UnionOf)
    nullable = union([expr.item, Scalar("None")])
    assert nullable == UnionOf((expr.item, Scalar("None")))
    spelling = Spelling("Sequence", "Mapping", {})
    assert annotation(ListOf(nullable), spelling) == "Sequence[ChatCompletionMessageParam | None]"
    # An unnamed union (a `title` is not a name) is written out, as before.
    plain = {"anyOf": [{"type": "string"}, {"type": "integer"}], "title": "Tool Call"}
    assert Shapes(doc).type_of(plain, "X", "#") == UnionOf((Scalar("str"), Scalar("int")))


def test_an_alias_another_type_has_stops_the_walk() -> None:
    walk = Shapes({})
    walk.type_of(obj(a={"type": "string"}), "Taken", "#")
    with pytest.raises(SpecError, match="x-venice-aliases 'Taken'"):
        walk.type_of({**obj(b={"type": "string"}), "x-venice-aliases": ["Taken"]}, "Other", "#")


def test_named_unions_and_aliases_are_written_on_both_sides() -> None:
    doc = named_union_doc()
    request = params.render(doc)
    assert "ChatCompletionMessageParam: TypeAlias = UserMessageParam | ToolMessageParam\n" in request
    assert "\nChatCompletionUserMessageParam = UserMessageParam\n" in request
    assert "messages: Required[Sequence[ChatCompletionMessageParam]]" in request
    assert request.index("class ToolMessageParam") < request.index("ChatCompletionMessageParam: TypeAlias")
    exported = ("ChatCompletionMessageParam", "ChatCompletionUserMessageParam")
    assert all(f"    {name!r},\n" in request for name in exported)
    answer = responses.render(doc, {})
    assert "\nItem: TypeAlias = A | B\n" in answer and "items: list[Item]" in answer
    # The runtime converts the named union's members as it would the union written out.
    assert "('items', 'items', REQUIRED, (LIST, (UNION, (A, B, ), None)))" in answer
    assert "    'Item',\n" in answer
