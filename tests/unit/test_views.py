"""Typed views: each field kind (plain, nested model, list of models, converted) read through a
view, before and after its descriptor is specialised on first read."""

from __future__ import annotations

import datetime

import pytest

from venice._views import GenericView, view


def _chunk_model() -> type:
    from venice_api.models.chat_completion_chunk import ChatCompletionChunk

    return ChatCompletionChunk


@pytest.mark.parametrize("repeat", [1, 2])  # the second pass reads through specialised descriptors
def test_field_kinds(repeat: int) -> None:
    from venice_api.types import UNSET

    model = _chunk_model()
    for _ in range(repeat):
        data = {"id": "c", "choices": [{"index": 0, "delta": {"content": "x"}}, "odd"], "created": 1}
        chunk = view(model, data)
        assert chunk.id == "c"
        assert chunk.model is UNSET
        assert chunk.choices is chunk.choices  # built once, cached
        assert chunk.choices[0].delta.content == "x"
        assert chunk.choices[0].delta is chunk.choices[0].delta
        assert chunk.choices[1] == "odd"
        assert isinstance(chunk.choices[0], type(chunk.choices[0]).__mro__[1])  # the generated class
        assert view(model, {"choices": None}).choices is None
        assert view(model, {"choices": {"new": "shape"}}).choices == GenericView({"new": "shape"})
        assert view(model, {"choices": [{"delta": None}]}).choices[0].delta is None
        assert view(model, {"choices": [{"delta": "text"}]}).choices[0].delta == "text"
        assert chunk.to_dict() == data
        with pytest.raises(AttributeError, match="read-only"):
            chunk.id = "other"


def test_converted_field_parses_dates_and_keeps_bad_ones() -> None:
    from venice_api.models.billing_usage_history_response_data_item import (
        BillingUsageHistoryResponseDataItem as Item,  # timestamp: datetime.datetime
    )

    item = view(Item, {"timestamp": "2026-01-02T03:04:05Z"})
    assert item.timestamp == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert item.timestamp is item.timestamp
    assert view(Item, {"timestamp": "yesterday"}).timestamp == "yesterday"
