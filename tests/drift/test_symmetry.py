"""Properties on real history: a spec against itself is empty, and diff(A, B) mirrors diff(B, A)."""

from __future__ import annotations

import copy

import pytest
from pipeline.drift import IDENTICAL, Change, diff_specs, exit_code
from specs_mirror import PAIR_0308, PAIR_0413, PAIR_0604, monthly_files, spec

MIRRORED_KINDS = {
    "added": "removed",
    "removed": "added",
    "enum-value-added": "enum-value-removed",
    "enum-value-removed": "enum-value-added",
}
WIDENED, NARROWED = "(widened)", "(narrowed)"

PAIRS = [PAIR_0308, PAIR_0413, PAIR_0604, *zip(monthly_files()[-4:-1], monthly_files()[-3:], strict=True)]


@pytest.mark.parametrize("name", ["pinned", PAIR_0413[0], monthly_files()[0]])
def test_a_spec_against_itself_is_identical(name: str) -> None:
    report = diff_specs(spec(name), copy.deepcopy(spec(name)))
    assert report.changes == ()
    assert report.documentation_changes == ()
    assert (report.operations_added, report.operations_removed) == ((), ())
    assert (report.status, exit_code(report)) == (IDENTICAL, 0)


def mirror(change: Change) -> tuple[str, str, str, str]:
    """What the reverse diff must contain for `change`: kind flipped, type directions flipped."""
    kind = change.kind
    for suffix, opposite in MIRRORED_KINDS.items():
        if kind.endswith("-" + suffix):
            kind = kind[: -len(suffix)] + opposite
            break
    detail = change.detail
    if kind.endswith("-type-changed"):
        before, _, after = detail.rpartition(" (")[0].partition(" -> ")
        direction = {WIDENED: NARROWED, NARROWED: WIDENED}.get(detail[detail.rfind(" (") + 1 :], "(replaced)")
        detail = f"{after} -> {before} {direction}"
    elif kind.endswith(("-enum-value-added", "-enum-value-removed")):
        was, now = ("removed ", "added ") if "added" in kind else ("added ", "removed ")
        detail = detail.replace(was, now)
    elif kind.endswith("-required-changed"):
        detail = " -> ".join(reversed(detail.split(" -> ")))
    elif kind.endswith("-added") or kind.endswith("-removed"):
        detail = ""  # "optional string" vs "was optional string": compared by place and kind only
    return change.operation, change.location, kind, detail


def comparable(changes: tuple[Change, ...]) -> set[tuple[str, str, str, str]]:
    keep = ("-added", "-removed", "-type-changed", "-required-changed")
    out = set()
    for c in changes:
        if c.kind.endswith(keep) and not c.kind.startswith(("operation-", "schema-", "response-status")):
            detail = "" if c.kind.endswith(("-added", "-removed")) and "enum" not in c.kind else c.detail
            out.add((c.operation, c.location, c.kind, detail))
    return out


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p[0][:15])
def test_reverse_diff_mirrors_forward_diff(pair: tuple[str, str]) -> None:
    forward = diff_specs(spec(pair[0]), spec(pair[1]))
    backward = diff_specs(spec(pair[1]), spec(pair[0]))
    assert forward.operations_added == backward.operations_removed
    assert forward.operations_removed == backward.operations_added
    assert (forward.old_version, forward.new_version) == (backward.new_version, backward.old_version)
    schemas = {(c.location, c.kind) for c in forward.changes if c.kind.startswith("schema-")}
    back_schemas = {(c.location, c.kind) for c in backward.changes if c.kind.startswith("schema-")}
    flip = {"schema-added": "schema-removed", "schema-removed": "schema-added"}
    flip["schema-changed"] = "schema-changed"
    assert {(loc, flip[kind]) for loc, kind in schemas} == back_schemas
    assert {mirror(c) for c in forward.changes if comparable((c,))} == comparable(backward.changes)
    assert forward.documentation_changes == backward.documentation_changes
    assert len(forward.changes) > 0
