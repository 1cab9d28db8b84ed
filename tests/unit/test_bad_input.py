"""Wrong argument types are refused with ``TypeError`` naming the argument (and its path inside
nested values) before any request, by the check compiled from the operation table's schemas."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from venice import AsyncVenice, Venice
from venice._binding._operations import validator

from .conftest import Recorder
from .samples import CHAT, JSON, chat_body_schema, mutations, replace

HI = [{"role": "user", "content": "hi"}]
METADATA = pytest.mark.spec("POST /chat/completions", "metadata")  # the chat `metadata` came in 2026-03


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"model": 42}, "argument 'model' must be str, not int"),
        ({"messages": "hi"}, "argument 'messages' must be a list, not str"),
        (
            {"messages": [{"role": "robot", "content": "x"}]},
            "argument 'messages[0].role' must be one of 'assistant', 'developer', 'system', 'tool', 'user', "
            "not 'robot'",
        ),
        (  # a misspelt value: the closest valid one
            {"messages": [{"role": "usr", "content": "x"}]},
            "argument 'messages[0].role' must be one of 'assistant', 'developer', 'system', 'tool', 'user', "
            "not 'usr'; did you mean 'user'?",
        ),
        (  # a misspelt key: named, with the closest valid one (not "role is missing")
            {"messages": [{"rol": "user", "content": "x"}]},
            "argument 'messages[0]' has an unexpected key 'rol'; did you mean 'role'?",
        ),
        (
            {"messages": [{"role": "user", "contnt": "x"}]},
            "argument 'messages[0]' has an unexpected key 'contnt'; did you mean 'content'? (valid keys: ",
        ),
        (
            {"messages": [*HI, {"role": "user"}]},
            "argument 'messages[1]' is missing required key(s) 'content'",
        ),
        (
            {"messages": [{"role": "user", "content": 5}]},
            "argument 'messages[0].content' must be a list or str",
        ),
        (
            {"messages": [{"role": "user", "content": [{"type": "text", "text": 3}]}]},
            "argument 'messages[0].content[0].text' must be str, not int",
        ),
        ({"max_tokens": True}, "argument 'max_tokens' must be int, not bool"),  # bool is an int subclass
        ({"max_tokens": 1.5}, "argument 'max_tokens' must be int, not float"),
        ({"temperature": True}, "argument 'temperature' must be int or float, not bool"),
        ({"temperature": "hot"}, "argument 'temperature' must be int or float, not str"),
        ({"temperature": None}, "argument 'temperature' must be int or float, not None"),  # not nullable
        ({"stream": "yes"}, "argument 'stream' must be bool, not str"),
        (
            {"reasoning_effort": "extreme"},
            "argument 'reasoning_effort' must be one of 'high', 'low', 'max', 'medium', 'minimal', 'none', "
            "'xhigh', not 'extreme'",
        ),
        (
            {"reasoning_effort": "hihg"},
            "argument 'reasoning_effort' must be one of 'high', 'low', 'max', 'medium', 'minimal', 'none', "
            "'xhigh', not 'hihg'; did you mean 'high'?",
        ),
        ({"stop": 5}, "argument 'stop' must be "),
        ({"stop": ["\n", 5]}, "argument 'stop[1]' must be str, not int"),
        ({"venice_parameters": None}, "argument 'venice_parameters' must be a dict, not None"),
        (
            {"venice_parameters": {"include_venice_system_prompt": "no"}},
            "argument 'venice_parameters.include_venice_system_prompt' must be bool, not str",
        ),
        pytest.param(  # additionalProperties: str
            {"metadata": {"team": 7}},
            "argument 'metadata.team' must be str, not int",
            marks=METADATA,
        ),
        (  # closed by overlay 14: a misspelt Venice parameter would silently do nothing
            {"venice_parameters": {"enable_web_serch": "on"}},
            "argument 'venice_parameters' has an unexpected key 'enable_web_serch'; did you mean "
            "'enable_web_search'? (valid keys: character_slug, ",
        ),
        (  # a closed object (additionalProperties: false): unknown keys are refused, valid ones listed
            {"response_format": {"type": "json_object", "strict": True}},
            "argument 'response_format' has an unexpected key 'strict' (valid keys: type)",
        ),
        (
            {"response_format": {"type": "xml"}},
            "argument 'response_format.type' must be one of 'json_object', ",
        ),
    ],
)
def test_wrong_types_raise_before_any_request(
    client: Venice, recorder: Recorder, arguments: dict[str, Any], message: str
) -> None:
    kwargs: dict[str, Any] = {"model": "m", "messages": HI, **arguments}
    with pytest.raises(TypeError) as info:
        client.chat.completions.create(**kwargs)
    assert str(info.value).startswith("chat.completions.create(): " + message), str(info.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    "arguments",
    [
        {"temperature": 1},  # an int where the spec says number
        {"stop": None},  # nullable
        {"tools": None},  # nullable
        {"stop": "\n"},
        pytest.param(  # an open object (additionalProperties: str)
            {"metadata": {"a_key_of_the_callers": "x"}},
            marks=METADATA,
        ),
        pytest.param({"metadata": {"team": "a"}}, marks=METADATA),
        {"response_format": {"type": "json_schema", "json_schema": {"type": "object"}}},
    ],
)
def test_valid_values_are_sent_as_given(
    client: Venice, recorder: Recorder, arguments: dict[str, Any]
) -> None:
    client.chat.completions.create(model="m", messages=HI, **arguments)
    assert recorder.json() == {"model": "m", "messages": HI, **arguments}


@pytest.mark.anyio
async def test_async_wrong_type_raises_before_any_request(
    async_client: AsyncVenice, recorder: Recorder
) -> None:
    with pytest.raises(
        TypeError, match=r"^chat\.completions\.create\(\): argument 'model' must be str, not int$"
    ):
        await async_client.chat.completions.create(model=42, messages=HI)  # type: ignore[arg-type]
    assert recorder.requests == []


def test_wrong_types_in_multipart_bodies_raise_before_any_request(client: Venice, recorder: Recorder) -> None:
    with pytest.raises(TypeError, match="argument 'timestamps' must be bool, not str"):
        client.audio.transcriptions.create(file=b"abc", timestamps="yes")  # type: ignore[typeddict-item]
    with pytest.raises(TypeError, match="argument 'scale' must be int or float, not str"):
        client.images.upscale(image=b"png", scale="2x")  # type: ignore[typeddict-item]
    assert recorder.requests == []


def test_the_check_accepts_an_ordinary_chat_body() -> None:
    assert validator().check(chat_body_schema())(CHAT)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_refused_body_is_explained_at_the_mutated_path(data: st.DataObject) -> None:
    """Mutated chat bodies: a refused one is always explained, naming the mutated argument (or a
    key of its parent, when the mutation made a union member unrecognisable)."""
    path = data.draw(st.sampled_from(mutations(CHAT)[1:]))
    body = replace(CHAT, path, data.draw(JSON))
    if validator().check(chat_body_schema())(body):
        return
    reason = validator().explain(chat_body_schema(), body)
    assert reason.startswith(f"argument '{path[0]}"), (path, reason)
