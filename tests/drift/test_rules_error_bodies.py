"""Rule cases for the body of an error response (issue 15, "The update loop").

A change is breaking only if a correct client or caller can fail because of it. The client raises on a
4xx/5xx status whatever the body holds, so new values in an error body (a variant, a widened type, a
format) break no one; what a caller reads from the error (`exc.details`, `exc.suggested_prompt`) still
breaks when it goes. The same edits on the 200 body keep the success rules.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from pipeline.drift import BREAKING, NON_BREAKING, RULES, DriftReport, diff_specs
from test_rules import base, res

ERROR = "response 400 (application/json)"
SUCCESS = "response 200 (application/json)"
Edit = Callable[[dict[str, Any]], object]


def with_error_body(doc: dict[str, Any]) -> None:
    """The 400 gets Venice's DetailedError-like body: `{"error": str, "details": {...}}`."""
    doc["components"]["schemas"]["Err"] = {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {"type": "string"},
            "details": {"type": "object", "properties": {"field": {"type": "string"}}},
        },
    }
    responses = doc["paths"]["/things"]["post"]["responses"]
    responses["400"] = {
        "description": "bad",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Err"}}},
    }


def diff(edit: Edit) -> DriftReport:
    old = base()
    with_error_body(old)
    new = copy.deepcopy(old)
    edit(new)
    return diff_specs(old, new)


def err(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["Err"]
    return schema


def as_union(schema: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    return {"oneOf": [schema, extra]}


X402 = {"title": "X402", "type": "object", "required": ["x402Version"], "properties": {"x402Version": {}}}


def error_variant(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["Err"] = as_union(err(doc), X402)


def success_variant(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["Res"] = as_union(res(doc), X402)


@pytest.mark.parametrize(
    ("edit", "where", "breaking", "rule", "status"),
    [
        (error_variant, ERROR, False, "error-body-new-values", NON_BREAKING),
        (success_variant, SUCCESS, True, "variant-added", BREAKING),
    ],
    ids=["error-body", "success-body"],
)
def test_a_new_variant_breaks_a_success_body_only(
    edit: Edit, where: str, breaking: bool, rule: str, status: str
) -> None:
    report = diff(edit)
    [change] = report.changes
    assert (change.kind, change.location, change.breaking) == (
        "response-property-variant-added",
        f"{where} <X402>",
        breaking,
    )
    assert (change.rule, report.status) == (RULES[rule], status)


WIDEN_ERROR = {"type": ["string", "object"]}


@pytest.mark.parametrize(
    ("edit", "kind", "where", "breaking", "rule"),
    [
        # New values only: nothing a caller reads can fail.
        (lambda d: err(d)["properties"].update(error=WIDEN_ERROR), "type-changed", "error", False, ""),
        (lambda d: err(d)["properties"]["error"].update(nullable=True), "type-changed", "error", False, ""),
        (
            lambda d: err(d)["properties"]["error"].update(format="uri"),
            "constraint-changed",
            "error",
            False,
            "",
        ),
        # What a caller reads from the error goes: still breaking.
        (
            lambda d: err(d)["properties"].pop("details"),
            "removed",
            "details",
            True,
            "response-property-removed",
        ),
        (
            lambda d: err(d).update(required=[]),
            "required-changed",
            "error",
            True,
            "response-property-required-changed",
        ),
        (
            lambda d: err(d)["properties"].update(error={"type": "object"}),
            "type-changed",
            "error",
            True,
            "type-changed",
        ),
    ],
    ids=["widened", "nullable", "format", "removed", "optional", "replaced"],
)
def test_an_error_body_breaks_only_where_a_caller_reads_it(
    edit: Edit, kind: str, where: str, breaking: bool, rule: str
) -> None:
    report = diff(edit)
    [change] = report.changes
    assert (change.kind, change.location, change.breaking) == (
        f"response-property-{kind}",
        f"{ERROR} {where}",
        breaking,
    )
    assert change.rule == RULES[rule or "error-body-new-values"]
    assert report.status == (BREAKING if breaking else NON_BREAKING)


def test_a_widened_type_in_a_success_body_stays_breaking() -> None:
    report = diff(lambda d: res(d)["properties"]["id"].update(nullable=True))
    [change] = report.changes
    assert (change.location, change.breaking, change.rule) == (f"{SUCCESS} id", True, RULES["type-changed"])


def test_a_default_response_keeps_the_success_rules() -> None:
    """`default` may describe a success, so nothing is relaxed there."""

    def setup(doc: dict[str, Any]) -> None:
        responses = doc["paths"]["/things"]["post"]["responses"]
        responses["default"] = responses.pop("400")

    old = base()
    with_error_body(old)
    setup(old)
    new = copy.deepcopy(old)
    error_variant(new)
    [change] = diff_specs(old, new).changes
    assert (change.location, change.breaking) == ("response default (application/json) <X402>", True)
