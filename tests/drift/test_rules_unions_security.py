"""Rule cases for unions (compared variant by variant), inherited security and unclassified changes.

Each case starts from `test_rules.base()`, gives both sides the same starting shape (`setup`), changes one
thing on the new side (`edit`) and checks the verdict. Shapes (a) to (d) are the ones a comparison with an
independent OpenAPI diff tool found misjudged (issue 10, item 5); each failed before this file existed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from pipeline.drift import BREAKING, NON_BREAKING, RULES, Change, DriftReport, diff_specs
from test_rules import BODY, RESPONSE, base, op, req, res

Edit = Callable[[dict[str, Any]], object]

VOICES = [f"voice_{i:02d}" for i in range(14)]
CLONED_VOICE = {"type": "string", "pattern": "^vv_[A-Za-z0-9_-]+$"}


def diff(setup: Edit, edit: Edit) -> DriftReport:
    old = base()
    setup(old)
    new = copy.deepcopy(old)
    edit(new)
    return diff_specs(old, new)


def verdicts(report: DriftReport) -> set[tuple[str, str, bool]]:
    return {(c.kind, c.location, c.breaking) for c in report.changes}


def one(report: DriftReport, kind: str) -> Change:
    found = [c for c in report.changes if c.kind == kind]
    assert len(found) == 1, report.changes
    return found[0]


# (a) one variant without an enum must not drop the enum of the others, nor lend them its pattern.


def test_a_request_enum_losing_values_inside_an_anyof_with_a_pattern_variant_is_breaking() -> None:
    def setup(doc: dict[str, Any]) -> None:
        req(doc)["properties"]["voice"] = {
            "anyOf": [{"type": "string", "enum": list(VOICES)}, CLONED_VOICE],
            "default": "voice_00",
        }

    def edit(doc: dict[str, Any]) -> None:
        req(doc)["properties"]["voice"]["anyOf"][0]["enum"] = VOICES[:2]

    report = diff(setup, edit)
    removed = ", ".join(f'"{v}"' for v in VOICES[2:])
    assert [(c.kind, c.location, c.detail, c.breaking) for c in report.changes] == [
        ("request-property-enum-value-removed", f"{BODY} voice<string enum>", f"removed {removed}", True)
    ]
    assert report.status == BREAKING


def test_a_request_enum_widened_to_anyof_enum_or_pattern_is_not_breaking() -> None:
    def setup(doc: dict[str, Any]) -> None:
        req(doc)["properties"]["voice"] = {"type": "string", "enum": VOICES[:12], "default": "voice_00"}

    def edit(doc: dict[str, Any]) -> None:
        req(doc)["properties"]["voice"] = {
            "anyOf": [{"type": "string", "enum": list(VOICES)}, CLONED_VOICE],
            "default": "voice_00",
        }

    report = diff(setup, edit)
    assert verdicts(report) == {
        ("request-property-enum-value-added", f"{BODY} voice<string enum>", False),
        ("request-property-variant-added", f"{BODY} voice<string>", False),
    }
    assert one(report, "request-property-variant-added").detail == 'string (pattern "^vv_[A-Za-z0-9_-]+$")'
    assert report.status == NON_BREAKING


# (b) an operation without its own `security` has the document's.


def with_security(doc: dict[str, Any]) -> None:
    doc["security"] = [{"BearerAuth": []}]
    doc["components"]["securitySchemes"] = {
        "BearerAuth": {"type": "http", "scheme": "bearer"},
        "siwx": {"type": "apiKey", "in": "header", "name": "SIGN-IN-WITH-X"},
    }


def test_b_leaving_the_inherited_bearer_scheme_for_siwx_only_is_breaking() -> None:
    report = diff(with_security, lambda d: op(d).update(security=[{"siwx": []}]))
    change = one(report, "operation-security-changed")
    assert (change.operation, change.detail, change.breaking) == ("POST /things", "BearerAuth -> siwx", True)
    assert report.status == BREAKING


def test_b_adding_siwx_beside_the_inherited_bearer_scheme_is_not_breaking() -> None:
    report = diff(with_security, lambda d: op(d).update(security=[{"BearerAuth": []}, {"siwx": []}]))
    change = one(report, "operation-security-changed")
    assert (change.detail, change.breaking) == ("BearerAuth -> BearerAuth, siwx", False)
    assert report.status == NON_BREAKING


def test_b_an_operation_that_no_longer_needs_credentials_is_not_breaking() -> None:
    change = one(diff(with_security, lambda d: op(d).update(security=[])), "operation-security-changed")
    assert (change.detail, change.breaking) == ("BearerAuth -> (none)", False)


def test_b_a_document_security_change_reaches_every_operation_that_inherits_it() -> None:
    report = diff(with_security, lambda d: d.update(security=[{"siwx": []}]))
    assert [(c.operation, c.kind, c.breaking) for c in report.changes] == [
        ("POST /things", "operation-security-changed", True)
    ]


# (c) a change inside one variant is not hidden by the other variants.


def response_variants(doc: dict[str, Any]) -> None:
    """`Res` becomes a union of a finished job (requires `id` and `url`) and a queued one (only `id`)."""
    properties = {"id": {"type": "string"}, "url": {"type": "string"}}
    doc["components"]["schemas"]["Res"] = {
        "oneOf": [
            {"title": "Finished", "type": "object", "required": ["id", "url"], "properties": properties},
            {"title": "Queued", "type": "object", "required": ["id"], "properties": properties},
        ]
    }


def test_c_a_required_entry_dropped_in_one_response_variant_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        res(doc)["oneOf"][0]["required"] = ["id"]

    report = diff(response_variants, edit)
    assert verdicts(report) == {
        ("response-property-required-changed", f"{RESPONSE} <Finished>.url", True),
    }


def messages(doc: dict[str, Any]) -> None:
    """`Req.messages`: user messages (role, content) and system messages (role, content, name)."""
    schemas = doc["components"]["schemas"]
    for name, role, extra in (("UserMessage", "user", {}), ("SystemMessage", "system", {"name": {}})):
        schemas[name] = {
            "type": "object",
            "required": ["role", "content"],
            "properties": {"role": {"type": "string", "enum": [role]}, "content": {"type": "string"}} | extra,
        }
    schemas["SystemMessage"]["properties"]["name"] = {"type": "string"}
    variants = [{"$ref": "#/components/schemas/UserMessage"}, {"$ref": "#/components/schemas/SystemMessage"}]
    req(doc)["properties"]["messages"] = {"type": "array", "items": {"oneOf": variants}}


def test_c_a_property_added_to_one_request_variant_is_reported() -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["UserMessage"]["properties"]["name"] = {"type": "string"}

    report = diff(messages, edit)
    assert verdicts(report) == {("request-property-added", f"{BODY} messages[]<UserMessage>.name", False)}
    assert report.status == NON_BREAKING


# (d) an enum value replaced inside anyOf[string, enum] is drift; the open `string` variant keeps it safe.


def model_union(doc: dict[str, Any]) -> None:
    plain, listed = {"type": "string"}, {"type": "string", "enum": ["m-1", "m-2"]}
    req(doc)["properties"]["model"] = {"anyOf": [plain, listed]}


def model_variants(doc: dict[str, Any]) -> list[dict[str, Any]]:
    variants: list[dict[str, Any]] = req(doc)["properties"]["model"]["anyOf"]
    return variants


def test_d_an_enum_value_replaced_inside_anyof_string_enum_is_reported_not_identical() -> None:
    report = diff(model_union, lambda d: model_variants(d)[1].update(enum=["m-1", "m-3"]))
    where = f"{BODY} model<string enum>"
    assert verdicts(report) == {
        ("request-property-enum-value-added", where, False),
        ("request-property-enum-value-removed", where, False),
    }
    removed = one(report, "request-property-enum-value-removed")
    assert removed.detail == 'removed "m-2" (still admitted by variant <string>)'
    assert removed.rule == RULES["variant-covered"]
    assert report.status == NON_BREAKING


# Variants added, removed and reordered, on each side.


def test_removing_a_request_variant_is_breaking_unless_another_still_admits_it() -> None:
    report = diff(model_union, lambda d: model_variants(d).pop(1))
    assert verdicts(report) == {("request-property-variant-removed", f"{BODY} model<string enum>", False)}
    report = diff(model_union, lambda d: model_variants(d).pop(0))
    assert verdicts(report) == {("request-property-variant-removed", f"{BODY} model<string>", True)}


def test_response_variants_added_break_and_removed_do_not() -> None:
    queued = {"title": "Failed", "type": "object", "properties": {"error": {"type": "string"}}}
    report = diff(response_variants, lambda d: res(d)["oneOf"].append(queued))
    assert verdicts(report) == {("response-property-variant-added", f"{RESPONSE} <Failed>", True)}
    report = diff(response_variants, lambda d: res(d)["oneOf"].pop(1))
    assert verdicts(report) == {("response-property-variant-removed", f"{RESPONSE} <Queued>", False)}


def test_a_response_becoming_nullable_through_a_variant_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        res(doc)["properties"]["state"] = {"anyOf": [res(doc)["properties"]["state"], {"nullable": True}]}

    assert verdicts(diff(lambda d: None, edit)) == {
        ("response-property-variant-added", f"{RESPONSE} state<null>", True)
    }


def test_reordering_variants_is_not_drift() -> None:
    def reverse(variants: list[Any]) -> None:
        variants.reverse()

    assert diff(messages, lambda d: reverse(req(d)["properties"]["messages"]["items"]["oneOf"])).changes == ()
    assert diff(response_variants, lambda d: reverse(res(d)["oneOf"])).changes == ()


# A structural difference no rule classifies still makes the report drift.


def test_a_keyword_change_the_semantic_diff_cannot_see_is_still_drift() -> None:
    """`allOf` enums intersect: ["a", "b"] and ["b", "c"] admit "b" whether or not the first gains "d"."""

    def setup(doc: dict[str, Any]) -> None:
        req(doc)["properties"]["tier"] = {"allOf": [{"enum": ["a", "b"]}, {"enum": ["b", "c"]}]}

    report = diff(setup, lambda d: req(d)["properties"]["tier"]["allOf"][0]["enum"].append("d"))
    change = one(report, "other-changed")
    assert (change.location, change.breaking) == ("other /components/schemas/Req", False)
    assert change.detail.endswith("classified, first /components/schemas/Req/properties/tier/allOf/0/enum")
    assert report.status == NON_BREAKING
