"""Response contract: every response example in the spec is served back and parsed by the layer.

A 2xx example must come back as the operation's typed result (a view of the generated model) whose
``to_dict()`` equals the example, and whose strict generated model (``to_model()``) holds the same
data: ``to_model().to_dict()`` equals the example once ``None`` values are removed from both (the
generated ``to_dict`` omits unset optional fields, and cannot tell an explicit JSON ``null`` of an
optional field from an absent one). An error example must raise the typed ``APIStatusError``
subclass for its status, with the example as ``body``.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import httpx
import pytest
from _calls import calls_for
from _clients import API_KEY, bound_method
from _responses import media_examples
from _spec import contract
from _typed import read_every_field
from _values import SAMPLES

from venice import APIStatusError, Venice
from venice._binding._operations import json_answer, method_paths, operation

SCHEMAS, OPS = contract()


def _examples(content: dict[str, Any]) -> list[tuple[str, Any]]:
    """The media type's own examples, else the one composed from the schema's property examples."""
    found = media_examples(content)
    if not found:
        value = SAMPLES.composed(content.get("schema") or {})
        if value is not None:
            found = [("composed", value)]
    return found


CASES = [
    (op, status, media, label, value)
    for op in OPS
    for status, response in op.responses().items()
    for media, content in (response.get("content") or {}).items()
    if media == "application/json"
    for label, value in _examples(content)
]


def _ids() -> list[str]:
    return [f"{op.operation_id}-{status}-{label}" for op, status, _m, label, _v in CASES]


def without_none(value: Any) -> Any:
    """``value`` without ``None``s, date-time strings as instants (the generated ``to_dict`` writes
    ``2026-06-14T19:52:45.087Z`` back as ``2026-06-14T19:52:45.087000+00:00``: same data)."""
    if isinstance(value, dict):
        return {k: without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_none(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def test_the_spec_has_examples_to_check() -> None:
    assert len(CASES) > 100


@pytest.mark.parametrize(("op", "status", "media", "label", "example"), CASES, ids=_ids())
def test_response_example_is_valid_for_its_schema(
    op: Any, status: str, media: str, label: str, example: Any
) -> None:
    schema = op.responses()[status]["content"][media].get("schema") or {}
    problems = SCHEMAS.errors(schema, example)
    assert not problems, (
        f"{op.name} {status} {label}: the spec's example violates its own schema:\n  "
        + "\n  ".join(problems[:10])
    )


@pytest.mark.parametrize(("op", "status", "media", "label", "example"), CASES, ids=_ids())
def test_response_example_round_trips(op: Any, status: str, media: str, label: str, example: Any) -> None:
    call = calls_for(SCHEMAS, op)[0]
    body = json.dumps(example).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(int(status), headers={"content-type": media}, content=body)

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with (
        http_client,
        Venice(
            api_key=API_KEY, base_url="http://127.0.0.1:9/api/v1", max_retries=0, http_client=http_client
        ) as client,
    ):
        method = bound_method(client, method_paths()[op.operation_id])
        if int(status) >= 400:
            with pytest.raises(APIStatusError) as caught:
                method(**call.kwargs)
            assert caught.value.status_code == int(status), op.name
            assert caught.value.body == example, f"{op.name} {status}: error body not kept as sent"
            return
        result = method(**call.kwargs)
    where = f"{op.name} {status} {label}"
    if isinstance(result, list):  # a JSON array body (a JSON-RPC batch): a list of typed items
        assert [item.to_dict() if hasattr(item, "to_dict") else item for item in result] == example, where
        assert not read_every_field(result), where
        return
    assert hasattr(result, "to_dict"), f"{where}: parsed into {type(result).__name__}, not a typed model"
    assert result.to_dict() == example, f"{where}: the typed result does not hold the example"
    unreadable = read_every_field(result)
    assert not unreadable, f"{where}: a field the spec promises is missing or unreadable: {unreadable}"
    if isinstance(json_answer(operation(op.operation_id), int(status)), str):  # one model, not a union
        strict = result.to_model().to_dict()
        assert without_none(strict) == without_none(example), f"{where}: the generated model loses data"
