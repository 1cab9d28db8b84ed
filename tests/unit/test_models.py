"""Response models (``venice._results._models.BaseModel`` under the generated
``venice.types.response_models``):
fields convert lazily, a field the spec promises raises a typed error naming its JSON path when
the answer lacks it, and nothing of the answer is lost."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from venice import APIResponseValidationError, GenericView, Venice
from venice.types import ChatCompletion, ChatCompletionChunk, Model

from .conftest import Recorder

COMPLETION: dict[str, Any] = {
    "id": "c",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None, "message": {"role": "assistant"}}],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}


def test_fields_read_as_typed_models_lazily_and_cached() -> None:
    completion = ChatCompletion.from_dict(COMPLETION)
    assert completion.choices is completion.choices  # built once
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].message.content is None  # optional and absent: None
    assert completion.choices[0].logprobs is None  # required but nullable: None
    assert completion.usage.total_tokens == 2
    assert completion.to_dict() == COMPLETION
    assert completion.venice_parameters is None  # an optional model, absent: None


@pytest.mark.parametrize(
    ("change", "read", "path"),
    [
        (lambda d: d.pop("choices"), lambda c: c.choices, "$.choices (ChatCompletion.choices)"),
        (
            lambda d: d["choices"][0].pop("finish_reason"),
            lambda c: c.choices[0].finish_reason,
            "$.choices[0].finish_reason",
        ),
        (
            lambda d: d["choices"][0]["message"].pop("role"),
            lambda c: c.choices[0].message.role,
            "$.choices[0].message.role",
        ),
        (
            lambda d: d["usage"].update(total_tokens=None),
            lambda c: c.usage.total_tokens,
            "$.usage.total_tokens",
        ),
    ],
    ids=["missing list", "missing in list item", "missing nested", "null where not nullable"],
)
def test_a_missing_required_field_raises_naming_its_json_path(change: Any, read: Any, path: str) -> None:
    data = {**COMPLETION, "choices": [dict(COMPLETION["choices"][0], message={"role": "assistant"})]}
    data["usage"] = dict(COMPLETION["usage"])
    change(data)
    completion = ChatCompletion.from_dict(data)
    with pytest.raises(APIResponseValidationError) as info:
        read(completion)
    assert path in str(info.value)
    assert "always sends" in str(info.value)


def test_the_client_raises_on_read_not_on_parse(client: Venice, recorder: Recorder) -> None:
    body = {key: value for key, value in COMPLETION.items() if key != "usage"}
    recorder.default = lambda request: httpx.Response(200, json=body)
    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert completion.choices[0].index == 0  # what is there reads
    with pytest.raises(APIResponseValidationError, match=r"\$\.usage \(ChatCompletion\.usage\)"):
        _ = completion.usage


def test_unknown_fields_and_values_are_kept() -> None:
    data = {**COMPLETION, "brand_new": {"nested": [1]}}
    data["choices"] = [dict(COMPLETION["choices"][0], finish_reason="a_new_reason")]
    completion = ChatCompletion.from_dict(data)
    assert completion.choices[0].finish_reason == "a_new_reason"
    assert completion["brand_new"] == {"nested": [1]}
    assert completion.additional_properties == {"brand_new": {"nested": [1]}}
    assert getattr(completion, "brand_new") == GenericView({"nested": [1]})  # noqa: B009 - not declared
    with pytest.raises(AttributeError, match="no field 'nope'"):
        getattr(completion, "nope")  # noqa: B009


def test_fields_are_read_only() -> None:
    completion = ChatCompletion.from_dict(COMPLETION)
    with pytest.raises(AttributeError, match="read-only"):
        completion.id = "other"  # type: ignore[misc]


def test_stream_chunks_refuse_an_item_of_the_wrong_json_type() -> None:
    chunk = ChatCompletionChunk.from_dict(
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": "x"}}, "odd"],
        }
    )
    with pytest.raises(APIResponseValidationError, match=r"str 'odd' at \$\.choices\[1\] "):
        _ = chunk.choices


# A well-formed chat completion; each test below spoils one field of a copy.
GOOD_COMPLETION: dict[str, Any] = {
    "id": "c", "object": "chat.completion", "created": 1, "model": "m",
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                 "message": {"role": "assistant", "content": "hi"}}],
}  # fmt: skip


def test_a_field_of_the_wrong_json_type_is_a_typed_error_naming_its_path() -> None:
    good = GOOD_COMPLETION
    with pytest.raises(
        APIResponseValidationError,
        match=r"^The response has str 'oops' at \$\.choices \(ChatCompletion\.choices\), where the API "
        r"spec says a list of objects\.$",
    ):
        _ = ChatCompletion.from_dict({**good, "choices": "oops"}).choices
    wrong = {**good, "choices": [{**good["choices"][0], "message": []}]}
    with pytest.raises(APIResponseValidationError, match=r"a list at \$\.choices\[0\]\.message "):
        _ = ChatCompletion.from_dict(wrong).choices[0].message
    # Unknown fields and enum values newer than the spec still pass through.
    newer = ChatCompletion.from_dict(
        {**good, "brand_new": {"a": 1}, "choices": [{**good["choices"][0], "finish_reason": "new_reason"}]}
    )
    assert newer.choices[0].finish_reason == "new_reason"
    assert newer.brand_new.a == 1  # type: ignore[attr-defined]


def test_a_scalar_field_of_another_json_type_raises_naming_its_path() -> None:
    good = GOOD_COMPLETION
    with pytest.raises(
        APIResponseValidationError,
        match=r"^The response has str 'x' at \$\.created \(ChatCompletion\.created\), where the API spec "
        r"says an integer\.$",
    ):
        _ = ChatCompletion.from_dict({**good, "created": "x"}).created
    with pytest.raises(
        APIResponseValidationError, match=r"bool True at \$\.choices\[0\]\.index .*an integer"
    ):
        _ = (
            ChatCompletion.from_dict({**good, "choices": [{**good["choices"][0], "index": True}]})
            .choices[0]
            .index
        )
    with pytest.raises(APIResponseValidationError, match=r"int 5 at \$\.model .*a string"):
        _ = ChatCompletion.from_dict({**good, "model": 5}).model
    with pytest.raises(APIResponseValidationError, match=r"at \$\.choices\[0\]\.finish_reason .*a string"):
        _ = (
            ChatCompletion.from_dict({**good, "choices": [{**good["choices"][0], "finish_reason": 1}]})
            .choices[0]
            .finish_reason
        )
    # What JSON allows passes: an integral float is an integer, a new enum value a string, null if nullable.
    assert ChatCompletion.from_dict({**good, "created": 2.0}).created == 2.0
    assert (
        ChatCompletion.from_dict({**good, "choices": [{**good["choices"][0], "finish_reason": "newer"}]})
        .choices[0]
        .finish_reason
        == "newer"
    )
    assert (
        ChatCompletion.from_dict(
            {**good, "choices": [{**good["choices"][0], "message": {"role": "assistant", "content": None}}]}
        )
        .choices[0]
        .message.content
        is None
    )


@pytest.mark.spec("GET /billing/usage-history")
def test_dates_parse_and_a_bad_one_is_a_typed_error() -> None:
    from venice.types import GetBillingUsageHistoryResponseData  # an answer with a date-time field

    item = GetBillingUsageHistoryResponseData.from_dict({"timestamp": "2026-01-02T03:04:05Z"})
    assert item.timestamp == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    with pytest.raises(APIResponseValidationError, match=r"'yesterday' at \$\.timestamp"):
        _ = GetBillingUsageHistoryResponseData.from_dict({"timestamp": "yesterday"}).timestamp


def test_union_members_are_told_apart_by_their_keys() -> None:
    model = Model.from_dict(
        {
            "id": "m",
            "type": "text",
            "object": "model",
            "owned_by": "venice.ai",
            "created": 1,
            "model_spec": {
                "name": "M",
                "privacy": "private",
                "traits": [],
                "pricing": {"input": {"usd": 1, "diem": 1}, "output": {"usd": 2, "diem": 2}},
            },
        }
    )
    assert type(model.model_spec.pricing).__name__ == "LLMModelPricing"


def test_to_model_gives_the_strict_generated_object_of_a_top_level_result() -> None:
    strict = ChatCompletion.from_dict(COMPLETION).to_model()
    assert type(strict).__module__.startswith("venice_api.models.")
    assert strict.to_dict()["usage"] == COMPLETION["usage"]
    with pytest.raises(TypeError, match="not the top-level result"):
        ChatCompletion.from_dict(COMPLETION).usage.to_model()
