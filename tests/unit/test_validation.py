"""The fast body check (``venice._validation``) accepts only what the generated ``from_dict``
accepts and takes the fast path for ordinary bodies (what it refuses is explained in test_bad_input.py)."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from venice import Venice
from venice._registry import OPERATIONS
from venice._resource import operation
from venice._validation import body_check
from venice._views import json_keys, model_fields

from .conftest import Recorder

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def _json_body_models() -> list[type]:
    models: dict[type, None] = {}
    for operation_id in OPERATIONS:
        for model in operation(operation_id).body_models:
            if not hasattr(model, "to_multipart"):
                models[model] = None
    return list(models)


BODY_MODELS = _json_body_models()

CHAT: dict[str, Any] = {
    "model": "m",
    "messages": [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "hi"}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "42"},
    ],
    "temperature": 0.2,
    "max_tokens": 10,
    "stream": True,
    "stop": ["\n"],
    "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
    "venice_parameters": {"include_venice_system_prompt": False},
}


def _accepted_by_from_dict(model: type, data: Any) -> bool:
    try:
        model.from_dict(copy.deepcopy(data))  # type: ignore[attr-defined]
    except (TypeError, ValueError, KeyError, AttributeError):
        return False
    return True


def _mutations(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    paths = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            paths += _mutations(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths += _mutations(item, (*path, index))
    return paths


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copied = copy.copy(value)
    copied[path[0]] = _replace(value[path[0]], path[1:], new)
    return copied


def test_ordinary_bodies_take_the_fast_path() -> None:
    from venice_api.models.chat_completion_request import ChatCompletionRequest

    embedding = operation("createEmbedding").body_model
    assert embedding is not None
    assert body_check(ChatCompletionRequest)(CHAT)
    assert body_check(embedding)({"model": "m", "input": ["a", "b"], "encoding_format": "float"})


@pytest.mark.parametrize(
    "data",
    [
        {"model": "m"},  # messages missing
        {"model": "m", "messages": [{"role": "robot", "content": "x"}]},  # unknown role
        {"model": "m", "messages": [{"role": "user"}]},  # content missing
        {"model": "m", "messages": "hi"},  # not a list
        {"model": "m", "messages": [], "reasoning_effort": "extreme"},  # unknown enum value
        {"model": "m", "messages": [], "venice_parameters": None},  # not nullable
        {"model": "m", "messages": [], "extra": object()},  # not JSON
    ],
)
def test_doubtful_bodies_are_left_to_from_dict(data: dict[str, Any]) -> None:
    from venice_api.models.chat_completion_request import ChatCompletionRequest

    assert not body_check(ChatCompletionRequest)(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_chat_bodies_never_accepted_when_from_dict_rejects(data: st.DataObject) -> None:
    from venice_api.models.chat_completion_request import ChatCompletionRequest

    path = data.draw(st.sampled_from(_mutations(CHAT)[1:]))
    body = _replace(CHAT, path, data.draw(JSON))
    if body_check(ChatCompletionRequest)(body):
        assert _accepted_by_from_dict(ChatCompletionRequest, body), (path, body)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@pytest.mark.parametrize("model", BODY_MODELS, ids=lambda m: m.__name__)
@given(st.data())
def test_random_bodies_never_accepted_when_from_dict_rejects(model: type, data: st.DataObject) -> None:
    keys = json_keys(model)
    body = {}
    for field in model_fields(model):
        if field.default is attrs.NOTHING or data.draw(st.booleans()):
            body[keys[field.name]] = data.draw(JSON)
    if body_check(model)(body):
        assert _accepted_by_from_dict(model, body), body


def test_checked_body_is_sent_exactly_as_given(client: Venice, recorder: Recorder) -> None:
    client.chat.completions.create(**CHAT)
    assert recorder.json() == CHAT
