"""The offline Venice answers chat requests with tools and structured outputs as Venice would: a tool
call with arguments valid for the tool's schema, text after the tool results, JSON valid for the
asked-for schema; streamed as fragments, and valid for the spec's schemas. A request that asks for
none of these still gets the spec's example, unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anyio
import jsonschema
import pytest
from _spec import contract
from _typed import read_every_field

import venice
from venice._generated.offline_answers import OFFLINE
from venice.testing import OfflineVenice
from venice.types import ChatCompletion

SCHEMAS, OPS = contract()
JSON, SSE = "application/json", "text/event-stream"
MODEL = "zai-org-glm-5-1"

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1, "maximum": 7},
            },
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
    },
}
CLOCK = {
    "type": "function",
    "function": {
        "name": "get_time",
        "parameters": {
            "type": "object",
            "properties": {"zone": {"type": "string", "enum": ["UTC", "Europe/Paris"]}},
            "required": ["zone"],
        },
    },
}
TOOLS = [WEATHER, CLOCK]
PARAMETERS = {tool["function"]["name"]: tool["function"]["parameters"] for tool in TOOLS}
ASK = [{"role": "user", "content": "What's the weather in Paris?"}]

REPORT = {
    "$defs": {
        "Reading": {
            "type": "object",
            "properties": {
                "at": {"type": "string", "format": "date-time"},
                "celsius": {"type": "number", "minimum": -90, "maximum": 60},
                "sky": {"enum": ["clear", "cloudy", "rain"]},
            },
            "required": ["at", "celsius", "sky"],
            "additionalProperties": False,
        }
    },
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "readings": {"type": "array", "items": {"$ref": "#/$defs/Reading"}, "minItems": 2},
        "station": {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "note": {"type": ["string", "null"]}},
            "required": ["id", "note"],
        },
        "alert": {"anyOf": [{"$ref": "#/$defs/Reading"}, {"type": "null"}]},
    },
    "required": ["city", "readings", "station", "alert"],
    "additionalProperties": False,
}
STRUCTURED = {"type": "json_schema", "json_schema": {"name": "report", "strict": True, "schema": REPORT}}


@pytest.fixture(scope="module")
def offline() -> Iterator[OfflineVenice]:
    with OfflineVenice() as server:
        yield server


def _schema_errors(schema: Any, value: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return [error.message for error in validator.iter_errors(value)]


def _spec_schema(media_type: str) -> Any:
    op = next(op for op in OPS if op.operation_id == "createChatCompletion")
    return op.responses()["200"]["content"][media_type]["schema"]


def _example(media_type: str) -> Any:
    return next(m for m in OFFLINE["createChatCompletion"]["media"] if m["media_type"] == media_type)[
        "example"
    ]


def _check_answer(answer: dict[str, Any]) -> None:
    """A JSON answer: valid for the spec, and the example's other fields kept."""
    assert not SCHEMAS.errors(_spec_schema(JSON), answer)
    example = _example(JSON)
    assert {k: v for k, v in answer.items() if k != "choices"} == {
        k: v for k, v in example.items() if k != "choices"
    }


def _check_events(events: list[dict[str, Any]]) -> None:
    for event in events:
        assert not SCHEMAS.errors(_spec_schema(SSE), event), event
        assert event["id"] == _example(SSE)[0]["id"] and event["model"] == _example(SSE)[0]["model"]


def _fold(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The streamed message: its content, its tool calls (fragments joined by index), how it finished."""
    content, calls, finish = "", {}, None
    for event in events:
        for choice in event["choices"]:
            delta = choice["delta"]
            content += delta.get("content") or ""
            for fragment in delta.get("tool_calls") or []:
                call = calls.setdefault(
                    fragment["index"], {"id": None, "name": "", "arguments": "", "fragments": 0}
                )
                call["id"] = fragment.get("id") or call["id"]
                call["name"] += (fragment.get("function") or {}).get("name") or ""
                call["arguments"] += (fragment.get("function") or {}).get("arguments") or ""
                call["fragments"] += 1
            finish = choice.get("finish_reason") or finish
    return {"content": content, "tool_calls": [calls[i] for i in sorted(calls)], "finish_reason": finish}


def _called(message: Any) -> tuple[str, dict[str, Any]]:
    """The name and the parsed arguments of the one tool call of a typed message, checked."""
    assert message.content is None and len(message.tool_calls) == 1
    call = message.tool_calls[0]
    assert call.type == "function" and call.id.startswith("call_")
    arguments = json.loads(call.function.arguments)
    assert _schema_errors(PARAMETERS[call.function.name], arguments) == []
    return call.function.name, arguments


def _assistant_call(message: Any) -> dict[str, Any]:
    call = message.tool_calls[0]
    return {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.function.name, "arguments": call.function.arguments},
            }
        ],
    }


def test_with_tools_the_answer_calls_the_first_tool_with_valid_arguments(offline: OfflineVenice) -> None:
    with offline.client(max_retries=0) as client:
        completion = client.chat.completions.create(model=MODEL, messages=ASK, tools=TOOLS)
        raw = offline.requests[-1]
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    name, arguments = _called(choice.message)
    assert name == "get_weather" and arguments == {"city": "example", "unit": "celsius", "days": 1}
    assert raw.json()["tools"] == TOOLS
    _check_answer(completion.to_dict())


def test_a_tool_round_then_text_then_the_next_round_calls_the_next_tool(offline: OfflineVenice) -> None:
    with offline.client(max_retries=0) as client:
        first = client.chat.completions.create(model=MODEL, messages=ASK, tools=TOOLS)
        assert _called(first.choices[0].message)[0] == "get_weather"
        call_id = first.choices[0].message.tool_calls[0].id
        messages = [
            *ASK,
            _assistant_call(first.choices[0].message),
            {"role": "tool", "tool_call_id": call_id, "content": '{"celsius": 21, "sky": "clear"}'},
        ]
        text = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
        assert text.choices[0].finish_reason == "stop"
        assert text.choices[0].message.content == (
            'From the tool results: get_weather returned {"celsius": 21, "sky": "clear"}.'
        )
        assert not text.choices[0].message.tool_calls
        _check_answer(text.to_dict())
        messages += [
            {"role": "assistant", "content": text.choices[0].message.content},
            {"role": "user", "content": "And what time is it there?"},
        ]
        second = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
    assert _called(second.choices[0].message) == ("get_time", {"zone": "UTC"})
    assert second.choices[0].message.tool_calls[0].id != call_id


def test_tool_choice_naming_a_function_calls_it_and_none_calls_nothing(offline: OfflineVenice) -> None:
    with offline.client(max_retries=0) as client:
        named = client.chat.completions.create(
            model=MODEL,
            messages=ASK,
            tools=TOOLS,
            tool_choice={"type": "function", "function": {"name": "get_time"}},
        )
        assert _called(named.choices[0].message)[0] == "get_time"
        untouched = client.chat.completions.create(model=MODEL, messages=ASK, tools=TOOLS, tool_choice="none")
        assert untouched.to_dict() == _example(JSON)
        with pytest.raises(venice.BadRequestError, match="'get_date', which is not in tools"):
            client.chat.completions.create(
                model=MODEL,
                messages=ASK,
                tools=TOOLS,
                tool_choice={"type": "function", "function": {"name": "get_date"}},
            )


@pytest.mark.parametrize("include_usage", [True, False])
def test_a_streamed_tool_call_arrives_in_fragments(offline: OfflineVenice, include_usage: bool) -> None:
    with offline.client(max_retries=0) as client:
        stream = client.chat.completions.create(
            model=MODEL,
            messages=ASK,
            tools=TOOLS,
            stream=True,
            stream_options={"include_usage": include_usage},
        )
        with stream:
            chunks = list(stream)
    events = [chunk.to_dict() for chunk in chunks]
    _check_events(events)
    opening = chunks[0].choices[0].delta.tool_calls[0]
    assert opening.index == 0 and opening.id.startswith("call_") and opening.type == "function"
    assert opening.function.name == "get_weather"
    folded = _fold(events)
    assert folded["finish_reason"] == "tool_calls" and folded["content"] == ""
    [call] = folded["tool_calls"]
    assert call["fragments"] >= 3  # the name, then the arguments over several chunks
    assert _schema_errors(PARAMETERS["get_weather"], json.loads(call["arguments"])) == []
    final = [event for event in events if event["choices"] and event["choices"][0]["finish_reason"]]
    assert [event["choices"][0]["finish_reason"] for event in final] == ["tool_calls"]
    usage = [event for event in events if event.get("usage")]
    if include_usage:
        assert events[-1]["choices"] == [] and usage == [events[-1]]
        assert usage[0]["usage"]["total_tokens"] == _example(JSON)["usage"]["total_tokens"]
    else:
        assert usage == [] and events[-1] is final[-1]


def test_json_schema_answers_json_valid_for_the_schema(offline: OfflineVenice) -> None:
    with offline.client(max_retries=0) as client:
        completion = client.chat.completions.create(model=MODEL, messages=ASK, response_format=STRUCTURED)
    assert completion.choices[0].finish_reason == "stop"
    report = json.loads(completion.choices[0].message.content)
    assert _schema_errors(REPORT, report) == []
    assert report["station"] == {"id": 1, "note": "example"} and len(report["readings"]) == 2
    assert report["readings"][0]["sky"] == "clear" and report["alert"]["sky"] == "clear"
    _check_answer(completion.to_dict())


def test_a_streamed_json_schema_answer_comes_in_several_content_deltas(offline: OfflineVenice) -> None:
    with offline.client(max_retries=0) as client:
        stream = client.chat.completions.create(
            model=MODEL, messages=ASK, response_format=STRUCTURED, stream=True
        )
        with stream:
            events = [chunk.to_dict() for chunk in stream]
    _check_events(events)
    pieces = [event["choices"][0]["delta"].get("content") for event in events]
    assert len([piece for piece in pieces if piece]) >= 3
    folded = _fold(events)
    assert folded["finish_reason"] == "stop" and folded["tool_calls"] == []
    assert _schema_errors(REPORT, json.loads(folded["content"])) == []


def test_json_object_answers_a_json_object(offline: OfflineVenice) -> None:
    with offline.client(max_retries=0) as client:
        completion = client.chat.completions.create(
            model=MODEL, messages=ASK, response_format={"type": "json_object"}
        )
    assert isinstance(json.loads(completion.choices[0].message.content), dict)


def test_tools_come_before_the_structured_answer_which_follows_the_tool_results(
    offline: OfflineVenice,
) -> None:
    with offline.client(max_retries=0) as client:
        first = client.chat.completions.create(
            model=MODEL, messages=ASK, tools=TOOLS, response_format=STRUCTURED
        )
        call_id = first.choices[0].message.tool_calls[0].id
        messages = [
            *ASK,
            _assistant_call(first.choices[0].message),
            {"role": "tool", "tool_call_id": call_id, "content": "21 C"},
        ]
        last = client.chat.completions.create(
            model=MODEL, messages=messages, tools=TOOLS, response_format=STRUCTURED
        )
    assert _schema_errors(REPORT, json.loads(last.choices[0].message.content)) == []


def test_a_request_without_tools_or_a_format_gets_the_example_as_before(offline: OfflineVenice) -> None:
    with offline.client(max_retries=0) as client:
        plain = client.chat.completions.create(
            model=MODEL, messages=ASK, response_format={"type": "text"}, tools=[{"type": "web_search"}]
        )
        stream = client.chat.completions.create(
            model=MODEL, messages=ASK, stream=True, stream_options={"include_usage": True}
        )
        with stream:
            events = [chunk.to_dict() for chunk in stream]
    assert plain.to_dict() == _example(JSON)
    assert events == _example(SSE)


def test_the_async_client_gets_the_same_answers(offline: OfflineVenice) -> None:
    async def main() -> None:
        async with offline.async_client(max_retries=0) as client:
            completion = await client.chat.completions.create(model=MODEL, messages=ASK, tools=TOOLS)
            assert _called(completion.choices[0].message)[0] == "get_weather"
            stream = await client.chat.completions.create(
                model=MODEL,
                messages=ASK,
                tools=TOOLS,
                stream=True,
                stream_options={"include_usage": True},
            )
            async with stream:
                events = [chunk.to_dict() async for chunk in stream]
            _check_events(events)
            [call] = _fold(events)["tool_calls"]
            assert call["id"] == completion.choices[0].message.tool_calls[0].id
            assert call["arguments"] == completion.choices[0].message.tool_calls[0].function.arguments
            structured = await client.chat.completions.create(
                model=MODEL, messages=ASK, response_format=STRUCTURED
            )
            assert _schema_errors(REPORT, json.loads(structured.choices[0].message.content)) == []
            stream = await client.chat.completions.create(
                model=MODEL, messages=ASK, response_format=STRUCTURED, stream=True
            )
            async with stream:
                events = [chunk.to_dict() async for chunk in stream]
            assert json.loads(_fold(events)["content"]) == json.loads(structured.choices[0].message.content)

    anyio.run(main)


def test_every_field_of_the_typed_answers_reads(offline: OfflineVenice) -> None:
    with offline.client(max_retries=0) as client:
        completion = client.chat.completions.create(model=MODEL, messages=ASK, tools=TOOLS)
        stream = client.chat.completions.create(
            model=MODEL, messages=ASK, tools=TOOLS, stream=True, stream_options={"include_usage": True}
        )
        with stream:
            chunks = list(stream)
    assert isinstance(completion, ChatCompletion)
    assert read_every_field(completion) == [] and read_every_field(chunks) == []
    arguments = completion.choices[0].message.tool_calls[0].function.arguments
    assert _schema_errors(PARAMETERS["get_weather"], json.loads(arguments)) == []
