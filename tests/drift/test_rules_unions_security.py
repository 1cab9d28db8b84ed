"""Rule cases for inherited security (and, next, unions compared variant by variant).

Each case starts from `test_rules.base()`, gives both sides the same starting shape (`setup`), changes one
thing on the new side (`edit`) and checks the verdict. Shapes (a) to (d) are the ones a comparison with an
independent OpenAPI diff tool found misjudged (issue 10, item 5); each failed before this file existed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from pipeline.drift import BREAKING, NON_BREAKING, Change, DriftReport, diff_specs
from test_rules import base, op

Edit = Callable[[dict[str, Any]], object]


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
