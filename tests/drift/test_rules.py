"""Classification rules on small hand-made specs: each test changes one thing and checks the verdict."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pipeline.drift import DOCS_ONLY, NON_BREAKING, Change, diff_specs, exit_code


def base() -> dict[str, Any]:
    """A minimal spec: one POST with a query parameter, a JSON body and a JSON 200 response."""
    return {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "summary": "Create a thing",
                    "parameters": [
                        {"in": "query", "name": "limit", "required": False, "schema": {"type": "integer"}}
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Req"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Res"}}},
                        },
                        "400": {"description": "bad"},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Req": {
                    "type": "object",
                    "required": ["mode"],
                    "properties": {
                        "mode": {"type": "string", "enum": ["fast", "slow"], "description": "how"},
                        "size": {"type": "integer", "maximum": 10},
                        "description": {"type": "string", "description": "a property called description"},
                    },
                },
                "Res": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string", "example": "abc"},
                        "state": {"type": "string", "enum": ["queued", "done"]},
                    },
                },
            }
        },
    }


def changed(edit: Any) -> tuple[Change, ...]:
    old = base()
    new = copy.deepcopy(old)
    edit(new)
    return diff_specs(old, new).changes


def only(changes: tuple[Change, ...]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


def req(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["Req"]
    return schema


def res(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["Res"]
    return schema


def op(doc: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = doc["paths"]["/things"]["post"]
    return operation


BODY = "request body (application/json)"
RESPONSE = "response 200 (application/json)"

CASES = [
    # (name, edit, kind, location, breaking)
    (
        "request enum value removed",
        lambda d: req(d)["properties"]["mode"].update(enum=["fast"]),
        "request-property-enum-value-removed",
        f"{BODY} mode",
        True,
    ),
    (
        "request enum value added",
        lambda d: req(d)["properties"]["mode"]["enum"].append("eco"),
        "request-property-enum-value-added",
        f"{BODY} mode",
        False,
    ),
    (
        "response enum value added",
        lambda d: res(d)["properties"]["state"]["enum"].append("failed"),
        "response-property-enum-value-added",
        f"{RESPONSE} state",
        False,
    ),
    (
        "response enum value removed",
        lambda d: res(d)["properties"]["state"].update(enum=["done"]),
        "response-property-enum-value-removed",
        f"{RESPONSE} state",
        False,
    ),
    (
        "required request property added",
        lambda d: (req(d)["properties"].update(color={"type": "string"}), req(d)["required"].append("color")),
        "request-property-added",
        f"{BODY} color",
        True,
    ),
    (
        "optional request property added",
        lambda d: req(d)["properties"].update(color={"type": "string"}),
        "request-property-added",
        f"{BODY} color",
        False,
    ),
    (
        "request property removed",
        lambda d: req(d)["properties"].pop("size"),
        "request-property-removed",
        f"{BODY} size",
        True,
    ),
    (
        "request property called description removed",
        lambda d: req(d)["properties"].pop("description"),
        "request-property-removed",
        f"{BODY} description",
        True,
    ),
    (
        "response property added",
        lambda d: res(d)["properties"].update(url={"type": "string"}),
        "response-property-added",
        f"{RESPONSE} url",
        False,
    ),
    (
        "response property removed",
        lambda d: res(d)["properties"].pop("state"),
        "response-property-removed",
        f"{RESPONSE} state",
        True,
    ),
    (
        "response property becomes optional",
        lambda d: res(d).update(required=[]),
        "response-property-required-changed",
        f"{RESPONSE} id",
        True,
    ),
    (
        "request property becomes optional",
        lambda d: req(d).update(required=[]),
        "request-property-required-changed",
        f"{BODY} mode",
        False,
    ),
    (
        "request integer widened to number",
        lambda d: req(d)["properties"]["size"].update(type="number"),
        "request-property-type-changed",
        f"{BODY} size",
        False,
    ),
    (
        "request type replaced",
        lambda d: req(d)["properties"]["size"].update(type="string"),
        "request-property-type-changed",
        f"{BODY} size",
        True,
    ),
    (
        "response becomes nullable",
        lambda d: res(d)["properties"]["id"].update(nullable=True),
        "response-property-type-changed",
        f"{RESPONSE} id",
        True,
    ),
    (
        "request becomes nullable",
        lambda d: req(d)["properties"]["size"].update(nullable=True),
        "request-property-type-changed",
        f"{BODY} size",
        False,
    ),
    (
        "request maximum lowered",
        lambda d: req(d)["properties"]["size"].update(maximum=5),
        "request-property-constraint-changed",
        f"{BODY} size",
        True,
    ),
    (
        "request maximum raised",
        lambda d: req(d)["properties"]["size"].update(maximum=50),
        "request-property-constraint-changed",
        f"{BODY} size",
        False,
    ),
    (
        "required parameter added",
        lambda d: op(d)["parameters"].append(
            {"in": "header", "name": "X-Key", "required": True, "schema": {"type": "string"}}
        ),
        "parameter-added",
        "parameter header x-key",
        True,
    ),
    (
        "parameter removed",
        lambda d: op(d).update(parameters=[]),
        "parameter-removed",
        "parameter query limit",
        True,
    ),
    (
        "parameter becomes required",
        lambda d: op(d)["parameters"][0].update(required=True),
        "parameter-required-changed",
        "parameter query limit",
        True,
    ),
    (
        "2xx response removed",
        lambda d: op(d)["responses"].pop("200"),
        "response-status-removed",
        "responses 200",
        True,
    ),
    (
        "error response removed",
        lambda d: op(d)["responses"].pop("400"),
        "response-status-removed",
        "responses 400",
        False,
    ),
    (
        "error response added",
        lambda d: op(d)["responses"].update({"429": {"description": "slow down"}}),
        "response-status-added",
        "responses 429",
        False,
    ),
    (
        "request content type removed",
        lambda d: op(d)["requestBody"].update(content={}),
        "request-content-type-removed",
        "request body application/json",
        True,
    ),
    (
        "operationId renamed",
        lambda d: op(d).update(operationId="makeThing"),
        "operation-id-changed",
        "operation",
        False,
    ),
    (
        "servers changed",
        lambda d: d.update(servers=[{"url": "https://example.test"}]),
        "other-changed",
        "other /servers",
        False,
    ),
]


@pytest.mark.parametrize(
    ("edit", "kind", "location", "breaking"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_one_change_is_classified(edit: Any, kind: str, location: str, breaking: bool) -> None:
    change = only(changed(edit))
    assert (change.kind, change.location, change.breaking) == (kind, location, breaking)
    assert change.rule


def test_operation_removed_is_breaking_and_added_is_not() -> None:
    def move(doc: dict[str, Any]) -> None:
        doc["paths"]["/v2/things"] = doc["paths"].pop("/things")
        op_ = doc["paths"]["/v2/things"]["post"]
        op_["operationId"] = "createThingV2"

    report = diff_specs(base(), _edited(move))
    assert report.operations_added == ("POST /v2/things",)
    assert report.operations_removed == ("POST /things",)
    verdicts = [(c.kind, c.breaking) for c in report.changes]
    assert verdicts == [("operation-removed", True), ("operation-added", False)]
    assert exit_code(report) == 2


def test_documentation_only_changes_are_summarised_not_drift() -> None:
    def reword(doc: dict[str, Any]) -> None:
        doc["info"]["version"] = "2"
        op(doc)["summary"] = "Make a thing"
        req(doc)["properties"]["mode"]["description"] = "which way"
        req(doc)["properties"]["description"]["description"] = "reworded"
        res(doc)["properties"]["id"]["example"] = "deployed 2026-08-21"
        op(doc)["responses"]["200"]["description"] = "fine"

    report = diff_specs(base(), _edited(reword))
    assert report.changes == ()
    assert report.documentation_changes == (
        "/components/schemas/Req/properties/description/description",
        "/components/schemas/Req/properties/mode/description",
        "/components/schemas/Res/properties/id/example",
        "/info",
        "/paths/~1things/post/responses/200/description",
        "/paths/~1things/post/summary",
    )
    assert (report.status, exit_code(report)) == (DOCS_ONLY, 0)
    assert (report.old_version, report.new_version) == ("1", "2")


def test_non_breaking_drift_exits_1() -> None:
    report = diff_specs(base(), _edited(lambda d: res(d)["properties"].update(url={"type": "string"})))
    assert (report.status, exit_code(report)) == (NON_BREAKING, 1)


def test_reordering_enum_values_and_required_is_not_drift() -> None:
    def reorder(doc: dict[str, Any]) -> None:
        req(doc)["properties"]["mode"]["enum"].reverse()
        res(doc)["required"] = ["id"]

    assert diff_specs(base(), _edited(reorder)).changes == ()


def test_inserting_a_oneof_variant_reports_what_it_allows_not_its_index() -> None:
    def variants(doc: dict[str, Any]) -> None:
        req(doc)["properties"]["size"] = {"oneOf": [{"type": "string"}, {"type": "integer", "maximum": 10}]}

    # The plain integer is read as a one-variant union: it keeps its place, the string variant is new.
    change = only(changed(variants))
    assert (change.kind, change.location) == ("request-property-variant-added", f"{BODY} size<string>")
    assert change.detail == "string"
    assert not change.breaking


def test_recursive_schemas_terminate() -> None:
    def recurse(doc: dict[str, Any]) -> None:
        res(doc)["properties"]["children"] = {"type": "array", "items": {"$ref": "#/components/schemas/Res"}}

    change = only(changed(recurse))
    assert (change.kind, change.location) == ("response-property-added", f"{RESPONSE} children")


def _edited(edit: Any) -> dict[str, Any]:
    doc = base()
    edit(doc)
    return doc
