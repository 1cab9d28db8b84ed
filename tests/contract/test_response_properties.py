"""Property-based response contract: responses generated from the spec's own schemas parse through
the layer into typed results that keep every value, including extra fields the models do not name.

hypothesis-jsonschema 0.23.1 (in the lock) fails on object schemas with the locked hypothesis
6.170 (``AttributeError: 'many' object has no attribute 'more'``), so ``instances`` below builds the
strategy itself: required properties always, optional ones sometimes, plus an unknown extra field
on open objects; ``oneOf``/``anyOf`` draw a member; formats and patterns are left to the examples.
Every drawn value is checked against the schema, so the strategy cannot drift into invalid data."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from _calls import calls_for
from _clients import API_KEY, bound_method
from _spec import contract
from _typed import read_every_field
from _values import representative
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from venice import Venice
from venice._binding._operations import method_paths

SCHEMAS, OPS = contract()
PROPERTY_OPERATIONS = [
    "createChatCompletion",
    "createEmbedding",
    "listModels",
    "generateImage",
    "simpleGenerateImage",
]


def _strategy(operation_id: str) -> tuple[Any, st.SearchStrategy[Any]]:
    op = next(o for o in OPS if o.operation_id == operation_id)
    schema = op.responses()["200"]["content"]["application/json"]["schema"]
    return op, instances(schema).filter(lambda v: isinstance(v, dict) and not SCHEMAS.errors(schema, v))


def instances(schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    schema = SCHEMAS.resolve(schema)
    if not isinstance(schema, dict) or depth > 6:
        return st.none()
    base = _instances(schema, depth)
    return st.one_of(st.none(), base) if schema.get("nullable") else base


def _instances(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if ("example" in schema and schema.get("format")) or schema.get("pattern"):
        return st.just(schema["example"]) if "example" in schema else st.just(representative(SCHEMAS, schema))
    if schema.get("enum"):
        return st.sampled_from(schema["enum"])
    for keyword in ("oneOf", "anyOf"):
        if schema.get(keyword):
            return st.one_of([instances(m, depth + 1) for m in schema[keyword]])
    if schema.get("allOf"):
        parts = [instances(m, depth + 1) for m in schema["allOf"]]
        return st.tuples(*parts).map(
            lambda ps: {k: v for p in ps if isinstance(p, dict) for k, v in p.items()}
        )
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        fixed = {k: instances(v, depth + 1) for k, v in props.items() if k in required}
        optional = {k: instances(v, depth + 1) for k, v in props.items() if k not in required}
        strategy = st.fixed_dictionaries(fixed, optional=optional)
        if schema.get("additionalProperties") is not False:
            strategy = st.tuples(strategy, st.booleans()).map(
                lambda t: {**t[0], "x_unknown_field": 1} if t[1] else t[0]
            )
        return strategy
    if kind == "array":
        low = int(schema.get("minItems", 0))
        return st.lists(instances(schema.get("items") or {}, depth + 1), min_size=low, max_size=max(low, 3))
    if kind == "integer":
        return st.integers(min_value=int(schema.get("minimum", 0)) + 1, max_value=10**6)
    if kind == "number":
        return st.floats(min_value=float(schema.get("minimum", 0)) + 1, max_value=1e6, allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        low = int(schema.get("minLength", 0))
        return st.text(min_size=low, max_size=max(low, 12))
    return st.none()


@pytest.mark.parametrize("operation_id", PROPERTY_OPERATIONS)
def test_generated_responses_parse_without_loss(operation_id: str) -> None:
    op, strategy = _strategy(operation_id)
    call = next(c for c in calls_for(SCHEMAS, op) if c.variant in ("json", "plain"))

    @settings(
        max_examples=15,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    @given(strategy)
    def check(body: dict[str, Any]) -> None:
        content = json.dumps(body).encode()
        transport = httpx.MockTransport(
            lambda request: httpx.Response(200, headers={"content-type": "application/json"}, content=content)
        )
        with (
            httpx.Client(transport=transport) as http_client,
            Venice(
                api_key=API_KEY, base_url="http://127.0.0.1:9/api/v1", http_client=http_client, max_retries=0
            ) as client,
        ):
            result = bound_method(client, method_paths()[op.operation_id])(**call.kwargs)
        assert result.to_dict() == body, f"{op.name}: generated response not kept as sent"
        for key, value in body.items():
            assert result[key] == value, f"{op.name}: {key!r} not reachable"
        unreadable = read_every_field(result)  # a body valid for the schema reads without error
        assert not unreadable, f"{op.name}: {unreadable}"

    check()
