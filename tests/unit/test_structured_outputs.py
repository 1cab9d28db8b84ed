"""``chat.completions.parse``, ``pydantic_function_tool`` and the strict schemas behind them."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap
from typing import Any, Literal

import httpx
import pydantic
import pytest
from typing_extensions import TypedDict

from venice import (
    AsyncVenice,
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    StructuredOutputError,
    Venice,
    pydantic_function_tool,
)
from venice.lib import ParsedChatCompletion
from venice.lib._schema import strict_schema
from venice.testing import OfflineVenice

from .conftest import Recorder

MESSAGES: list[Any] = [{"role": "user", "content": "solve 8x + 31 = 2"}]


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class MathAnswer(pydantic.BaseModel):
    """A worked answer."""

    steps: list[Step]
    final_answer: str = pydantic.Field(description="The answer alone")
    confidence: float | None = None


class GetWeather(pydantic.BaseModel):
    """The weather in a city."""

    city: str
    unit: Literal["c", "f"]


def completion(content: str | None, *, finish_reason: str = "stop", **message: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "venice-uncensored",
        "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "logprobs": None,
                "message": {"role": "assistant", "content": content, **message},
            }
        ],
    }


ANSWER = {"steps": [{"explanation": "subtract 31", "output": "8x = -29"}], "final_answer": "x = -29/8"}


def answer_with(recorder: Recorder, body: dict[str, Any]) -> None:
    recorder.default = lambda request: httpx.Response(200, json=body)


# -- the request ---------------------------------------------------------------------------------


def test_parse_sends_the_strict_schema_of_the_type(client: Venice, recorder: Recorder) -> None:
    answer_with(recorder, completion(json.dumps({**ANSWER, "confidence": None})))
    client.chat.completions.parse(model="venice-uncensored", messages=MESSAGES, response_format=MathAnswer)
    sent = recorder.json()["response_format"]
    assert sent["type"] == "json_schema"
    assert sent["json_schema"]["name"] == "MathAnswer"
    assert sent["json_schema"]["strict"] is True
    schema = sent["json_schema"]["schema"]
    # Strict mode: every property required, no other property allowed, at every level.
    assert schema["required"] == ["steps", "final_answer", "confidence"]
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Step"]["required"] == ["explanation", "output"]
    assert schema["$defs"]["Step"]["additionalProperties"] is False
    assert schema["properties"]["confidence"]["anyOf"] == [{"type": "number"}, {"type": "null"}]
    assert "stream" not in recorder.json()


def test_a_format_written_out_is_sent_as_it_is(client: Venice, recorder: Recorder) -> None:
    answer_with(recorder, completion('{"a": 1}'))
    result = client.chat.completions.parse(
        model="m", messages=MESSAGES, response_format={"type": "json_object"}
    )
    assert recorder.json()["response_format"] == {"type": "json_object"}
    assert result.choices[0].message.parsed is None


def test_strict_schemas_of_dataclasses_and_typeddicts() -> None:
    @dataclasses.dataclass
    class Point:
        x: int
        label: str | None

    class Person(TypedDict):
        name: str
        tags: list[str]

    assert strict_schema(Point, "t")["required"] == ["x", "label"]
    assert strict_schema(Person, "t") == {
        "additionalProperties": False,
        "properties": {
            "name": {"title": "Name", "type": "string"},
            "tags": {"items": {"type": "string"}, "title": "Tags", "type": "array"},
        },
        "required": ["name", "tags"],
        "title": "Person",
        "type": "object",
    }


def test_a_nested_model_with_a_description_is_written_out_in_place() -> None:
    class Outer(pydantic.BaseModel):
        inner: Step = pydantic.Field(description="the one step")

    schema = strict_schema(Outer, "t")["properties"]["inner"]
    assert "$ref" not in schema
    assert schema["description"] == "the one step"
    assert schema["required"] == ["explanation", "output"]


def test_what_strict_mode_cannot_express_is_refused_before_sending(
    client: Venice, recorder: Recorder
) -> None:
    class Tagged(pydantic.BaseModel):
        counts: dict[str, int]

    with pytest.raises(TypeError, match=r"Tagged\.counts is a mapping with free keys"):
        client.chat.completions.parse(model="m", messages=MESSAGES, response_format=Tagged)
    assert recorder.requests == []


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="pydantic reads typing.TypedDict from 3.12 on")
def test_a_typing_typeddict_names_the_fix_on_python_3_11() -> None:
    import typing

    class Old(typing.TypedDict):
        a: int

    with pytest.raises(TypeError, match=r"typing_extensions\.TypedDict"):
        strict_schema(Old, "t")


# -- the result ----------------------------------------------------------------------------------


def test_parsed_is_the_type_and_the_rest_reads_as_a_chat_completion(
    client: Venice, recorder: Recorder
) -> None:
    body = completion(json.dumps({**ANSWER, "confidence": 0.9}))
    answer_with(recorder, body)
    result = client.chat.completions.parse(model="m", messages=MESSAGES, response_format=MathAnswer)
    assert isinstance(result, ParsedChatCompletion)
    message = result.choices[0].message
    assert isinstance(message.parsed, MathAnswer)
    assert message.parsed.steps[0].output == "8x = -29"
    assert message.parsed.confidence == 0.9
    assert message.content == body["choices"][0]["message"]["content"]
    assert message.refusal is None
    assert result.usage.total_tokens == 12
    assert result.to_dict() == body


def test_each_choice_is_parsed(client: Venice, recorder: Recorder) -> None:
    body = completion(json.dumps({**ANSWER, "confidence": 1}))
    second = json.loads(json.dumps(body["choices"][0]))
    second["index"] = 1
    second["message"]["content"] = json.dumps({**ANSWER, "final_answer": "other", "confidence": None})
    body["choices"].append(second)
    answer_with(recorder, body)
    result = client.chat.completions.parse(model="m", messages=MESSAGES, response_format=MathAnswer, n=2)
    assert [c.message.parsed.final_answer for c in result.choices if c.message.parsed] == [
        "x = -29/8",
        "other",
    ]


def test_a_refusal_parses_to_none(client: Venice, recorder: Recorder) -> None:
    answer_with(recorder, completion(None, refusal="I can't help with that."))
    message = (
        client.chat.completions.parse(model="m", messages=MESSAGES, response_format=MathAnswer)
        .choices[0]
        .message
    )
    assert message.parsed is None
    assert message.refusal == "I can't help with that."


def test_json_that_does_not_fit_names_the_path_and_keeps_the_text(client: Venice, recorder: Recorder) -> None:
    text = json.dumps({"steps": [{"explanation": "a", "output": 3}], "final_answer": "x", "confidence": None})
    answer_with(recorder, completion(text))
    with pytest.raises(StructuredOutputError) as caught:
        client.chat.completions.parse(model="m", messages=MESSAGES, response_format=MathAnswer)
    assert caught.value.path == "$.steps[0].output"
    assert caught.value.raw == text
    assert "MathAnswer at $.steps[0].output" in str(caught.value)


def test_text_that_is_not_json_is_a_structured_output_error(client: Venice, recorder: Recorder) -> None:
    answer_with(recorder, completion("Sure! Here is the answer: x = -29/8"))
    with pytest.raises(StructuredOutputError, match="Invalid JSON") as caught:
        client.chat.completions.parse(model="m", messages=MESSAGES, response_format=MathAnswer)
    assert caught.value.raw.startswith("Sure!")


@pytest.mark.parametrize(
    ("finish_reason", "error"),
    [("length", LengthFinishReasonError), ("content_filter", ContentFilterFinishReasonError)],
)
def test_an_answer_cut_short_raises(
    client: Venice, recorder: Recorder, finish_reason: str, error: type[Exception]
) -> None:
    answer_with(recorder, completion('{"steps": [', finish_reason=finish_reason))
    with pytest.raises(error) as caught:
        client.chat.completions.parse(model="m", messages=MESSAGES, response_format=MathAnswer)
    assert caught.value.completion.choices[0].message.content == '{"steps": ['  # type: ignore[attr-defined]


# -- tools ---------------------------------------------------------------------------------------


def tool_call(name: str, arguments: str) -> dict[str, Any]:
    return {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}


def test_pydantic_function_tool_is_a_strict_tool() -> None:
    tool = pydantic_function_tool(GetWeather)
    assert tool["type"] == "function"
    assert tool["function"]["name"] == "GetWeather"
    assert tool["function"].get("description") == "The weather in a city."
    assert tool["function"].get("strict") is True
    assert tool["function"].get("parameters", {})["required"] == ["city", "unit"]
    renamed = pydantic_function_tool(GetWeather, name="get_weather", description="Weather now.")
    assert renamed["function"]["name"] == "get_weather"
    assert renamed["function"].get("description") == "Weather now."


def test_tool_calls_carry_parsed_arguments(client: Venice, recorder: Recorder) -> None:
    calls = [
        tool_call("GetWeather", '{"city": "Rome", "unit": "c"}'),
        {**tool_call("lookup", '{"q": "x"}'), "id": "call_2"},
        {**tool_call("unknown", "{}"), "id": "call_3"},
    ]
    answer_with(recorder, completion(None, finish_reason="tool_calls", tool_calls=calls))
    plain_tool = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    result = client.chat.completions.parse(
        model="m", messages=MESSAGES, tools=[pydantic_function_tool(GetWeather), plain_tool]
    )
    sent = recorder.json()["tools"]
    assert sent[0]["function"]["strict"] is True
    called = result.choices[0].message.tool_calls or []
    assert called[0].function.parsed_arguments == GetWeather(city="Rome", unit="c")
    assert called[1].function.parsed_arguments == {"q": "x"}
    assert called[2].function.parsed_arguments is None  # not a tool of the request


def test_arguments_that_do_not_fit_the_tool_raise(client: Venice, recorder: Recorder) -> None:
    calls = [tool_call("GetWeather", '{"city": "Rome", "unit": "kelvin"}')]
    answer_with(recorder, completion(None, finish_reason="tool_calls", tool_calls=calls))
    with pytest.raises(StructuredOutputError) as caught:
        client.chat.completions.parse(
            model="m", messages=MESSAGES, tools=[pydantic_function_tool(GetWeather)]
        )
    assert caught.value.path == "$.unit"


# -- async ---------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_async_client_parses_the_same_way(async_client: AsyncVenice, recorder: Recorder) -> None:
    answer_with(recorder, completion(json.dumps({**ANSWER, "confidence": None})))
    result = await async_client.chat.completions.parse(
        model="m", messages=MESSAGES, response_format=MathAnswer
    )
    parsed = result.choices[0].message.parsed
    assert parsed is not None and parsed.final_answer == "x = -29/8"
    assert recorder.json()["response_format"]["json_schema"]["name"] == "MathAnswer"


# -- pydantic is optional ------------------------------------------------------------------------


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False
    )


def test_import_venice_never_imports_pydantic() -> None:
    done = run_python(
        """
        import sys, venice
        client = venice.Venice(api_key="k")
        assert "pydantic" not in sys.modules, sorted(m for m in sys.modules if "pydantic" in m)
        """
    )
    assert done.returncode == 0, done.stderr


def test_without_pydantic_parse_names_the_extra() -> None:
    done = run_python(
        """
        import sys
        sys.modules["pydantic"] = None  # as if not installed
        import dataclasses, venice

        @dataclasses.dataclass
        class A:
            x: int

        client = venice.Venice(api_key="k", base_url="http://127.0.0.1:9/api/v1", max_retries=0)
        try:
            client.chat.completions.parse(model="m", messages=[], response_format=A)
        except ImportError as exc:
            print(exc)
        """
    )
    assert done.returncode == 0, done.stderr
    assert "pip install 'venice-bindings[pydantic]'" in done.stdout


# -- the Responses API ---------------------------------------------------------------------------


def responses_answer(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": "m",
        "status": "completed",
        "output": [
            {"type": "reasoning", "id": "rs_1", "summary": []},
            {
                "type": "message",
                "id": "msg_1",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            },
        ],
        **extra,
    }


def test_responses_parse_sends_text_format_and_parses_the_output(client: Venice, recorder: Recorder) -> None:
    answer_with(recorder, responses_answer(json.dumps({**ANSWER, "confidence": None})))
    result = client.responses.parse(
        model="m", input="solve 8x + 31 = 2", text_format=MathAnswer, extra_body={"seed": 1}
    )
    sent = recorder.json()
    assert sent["seed"] == 1
    assert sent["text"]["format"]["type"] == "json_schema"
    assert sent["text"]["format"]["name"] == "MathAnswer"
    assert sent["text"]["format"]["strict"] is True
    assert sent["text"]["format"]["schema"]["required"] == ["steps", "final_answer", "confidence"]
    assert "text_format" not in sent
    parsed = result.output_parsed
    assert isinstance(parsed, MathAnswer) and parsed.final_answer == "x = -29/8"
    assert result.output_text == json.dumps({**ANSWER, "confidence": None})


@pytest.mark.anyio
async def test_async_responses_parse_raises_on_output_that_does_not_fit(
    async_client: AsyncVenice, recorder: Recorder
) -> None:
    answer_with(recorder, responses_answer('{"steps": "none"}'))
    with pytest.raises(StructuredOutputError) as caught:
        await async_client.responses.parse(model="m", input="x", text_format=MathAnswer)
    assert caught.value.path == "$.steps"


def test_responses_cut_at_max_output_tokens_raise(client: Venice, recorder: Recorder) -> None:
    body = responses_answer('{"steps": [', incomplete_details={"reason": "max_output_tokens"})
    body["status"] = "incomplete"
    answer_with(recorder, body)
    with pytest.raises(LengthFinishReasonError):
        client.responses.parse(model="m", input="x", text_format=MathAnswer)


# -- end to end, against the offline Venice ------------------------------------------------------


def test_parse_against_the_offline_venice() -> None:
    with OfflineVenice() as offline:
        client = offline.client()
        result = client.chat.completions.parse(model="m", messages=MESSAGES, response_format=MathAnswer)
        called = client.chat.completions.parse(
            model="m", messages=MESSAGES, tools=[pydantic_function_tool(GetWeather)]
        )
        client.close()
    parsed = result.choices[0].message.parsed
    assert isinstance(parsed, MathAnswer) and parsed.steps
    call = (called.choices[0].message.tool_calls or [])[0]
    assert isinstance(call.function.parsed_arguments, GetWeather)
    assert call.function.parsed_arguments.unit in ("c", "f")


@pytest.mark.anyio
async def test_async_parse_against_the_offline_venice() -> None:
    with OfflineVenice() as offline:
        client = offline.async_client()
        result = await client.chat.completions.parse(model="m", messages=MESSAGES, response_format=MathAnswer)
        await client.close()
    assert isinstance(result.choices[0].message.parsed, MathAnswer)
