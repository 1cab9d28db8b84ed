"""The Overlay 1.0.0 applier: update merges objects, appends to arrays; remove deletes; misses are named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pipeline.overlay import (
    UnmatchedAction,
    apply_action,
    apply_overlays,
    load_overlay,
    load_overlay_dir,
    unmatched_actions,
)
from pipeline.specio import SpecError


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"get": {"responses": {"200": {"description": "ok", "tags": ["x"]}}}},
            "/b": {"get": {"operationId": "getB", "responses": {}}},
        },
        "components": {"schemas": {"E": {"type": "string", "enum": ["one", "two", "three"]}}},
    }


def test_update_merges_objects_recursively_and_replaces_scalars() -> None:
    doc = spec()
    action = {
        "target": "$.paths['/a'].get",
        "update": {"operationId": "getA", "responses": {"404": {"d": 1}}},
    }
    assert apply_action(doc, action) == 1
    assert doc["paths"]["/a"]["get"]["operationId"] == "getA"
    assert set(doc["paths"]["/a"]["get"]["responses"]) == {"200", "404"}
    apply_action(doc, {"target": "$.paths['/a'].get", "update": {"operationId": "renamed"}})
    assert doc["paths"]["/a"]["get"]["operationId"] == "renamed"


def test_update_appends_to_arrays() -> None:
    doc = spec()
    apply_action(doc, {"target": "$.components.schemas.E.enum", "update": ["four"]})
    apply_action(doc, {"target": "$.paths['/a'].get.responses['200']", "update": {"tags": ["y", "z"]}})
    assert doc["components"]["schemas"]["E"]["enum"] == ["one", "two", "three", "four"]
    assert doc["paths"]["/a"]["get"]["responses"]["200"]["tags"] == ["x", "y", "z"]


def test_update_applies_to_every_selected_node_and_copies_the_value() -> None:
    doc = spec()
    assert apply_action(doc, {"target": "$.paths.*.get", "update": {"x-seen": {"n": 1}}}) == 2
    doc["paths"]["/a"]["get"]["x-seen"]["n"] = 2
    assert doc["paths"]["/b"]["get"]["x-seen"] == {"n": 1}


def test_remove_deletes_object_members_and_array_items() -> None:
    doc = spec()
    assert apply_action(doc, {"target": "$.paths['/b']", "remove": True}) == 1
    assert list(doc["paths"]) == ["/a"]
    assert apply_action(doc, {"target": "$.components.schemas.E.enum[?@ != 'two']", "remove": True}) == 2
    assert doc["components"]["schemas"]["E"]["enum"] == ["two"]


def test_update_of_a_scalar_target_is_an_error() -> None:
    with pytest.raises(SpecError, match="updates only objects and arrays"):
        apply_action(spec(), {"target": "$.info.title", "update": {"x": 1}})


def write_overlay(directory: Path, name: str, body: str) -> Path:
    path = directory / name
    path.write_text("overlay: 1.0.0\ninfo: {title: test, version: 1.0.0}\n" + body, encoding="utf-8")
    return path


def test_unmatched_actions_are_reported_by_file_index_and_target(tmp_path: Path) -> None:
    write_overlay(
        tmp_path,
        "01-a.overlay.yaml",
        "actions:\n"
        "  - {target: \"$.paths['/a'].get\", description: fine, update: {summary: s}}\n"
        "  - {target: \"$.paths['/gone'].get\", description: the operation moved, update: {summary: s}}\n",
    )
    unmatched = unmatched_actions(apply_overlays(spec(), load_overlay_dir(tmp_path)))
    assert unmatched == [
        UnmatchedAction("01-a.overlay.yaml", 1, "$.paths['/gone'].get", "the operation moved")
    ]
    assert str(unmatched[0]) == (
        "01-a.overlay.yaml action 1: target $.paths['/gone'].get matched nothing (the operation moved)"
    )


def test_overlays_apply_in_name_order(tmp_path: Path) -> None:
    write_overlay(
        tmp_path,
        "02-second.overlay.yaml",
        "actions:\n  - {target: $.info, description: d, update: {title: two}}\n",
    )
    write_overlay(
        tmp_path,
        "01-first.overlay.yaml",
        "actions:\n  - {target: $.info, description: d, update: {title: one}}\n",
    )
    doc = spec()
    apply_overlays(doc, load_overlay_dir(tmp_path))
    assert doc["info"]["title"] == "two"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("actions:\n  - {target: $.info, update: {a: 1}}\n", "needs a description"),
        ("actions:\n  - {target: $.info, description: d}\n", "exactly one of update or remove"),
        ("actions:\n  - {target: '$.[', description: d, remove: true}\n", "invalid JSONPath"),
        (
            "actions:\n  - {target: $.info, description: d, remove: true, x-venice-gap: '$.['}\n",
            "x-venice-gap: invalid JSONPath",
        ),
        (
            "actions:\n  - {target: $.info, description: d, remove: true, x-venice-gap: 1}\n",
            "JSONPath string",
        ),
        ("actions: []\n", "has no actions"),
    ],
)
def test_invalid_overlays_are_rejected_with_the_reason(tmp_path: Path, body: str, message: str) -> None:
    path = write_overlay(tmp_path, "01-bad.overlay.yaml", body)
    with pytest.raises(SpecError, match=message):
        load_overlay(path)


def test_committed_overlays_are_valid_and_every_action_explains_itself() -> None:
    overlays = load_overlay_dir(Path(__file__).resolve().parents[2] / "overlays")
    assert [o.name for o in overlays] == sorted(o.name for o in overlays)
    for overlay in overlays:
        for action in overlay.actions:
            assert len(str(action["description"]).split()) >= 8, (overlay.name, action["target"])


def health_of(tmp_path: Path, actions: str, doc: dict[str, Any] | None = None) -> list[tuple[str, int]]:
    write_overlay(tmp_path, "01-h.overlay.yaml", "actions:\n" + actions)
    (health,) = apply_overlays(spec() if doc is None else doc, load_overlay_dir(tmp_path))
    return [(action.status, action.matched) for action in health.actions]


def test_an_update_that_changes_something_is_applied(tmp_path: Path) -> None:
    assert health_of(tmp_path, "  - {target: \"$.paths['/a'].get\", description: d, update: {x: 1}}\n") == [
        ("applied", 1)
    ]


@pytest.mark.parametrize(
    "update",
    [
        "{operationId: getB}",  # the same scalar
        "{responses: {}}",  # an empty object is a subset of any object
    ],
)
def test_an_update_already_in_the_spec_is_obsolete(tmp_path: Path, update: str) -> None:
    action = f"  - {{target: \"$.paths['/b'].get\", description: d, update: {update}}}\n"
    assert health_of(tmp_path, action) == [("obsolete", 1)]


def test_array_updates_are_obsolete_when_the_array_has_the_items_and_are_not_appended_twice(
    tmp_path: Path,
) -> None:
    doc = spec()
    actions = (
        "  - {target: $.components.schemas.E.enum, description: d, update: [three, one]}\n"
        "  - {target: $.components.schemas.E, description: d, update: {enum: [two, four]}}\n"
    )
    assert health_of(tmp_path, actions, doc) == [("obsolete", 1), ("applied", 1)]
    assert doc["components"]["schemas"]["E"]["enum"] == ["one", "two", "three", "two", "four"]


def test_deep_subset_compares_nested_objects_and_json_types(tmp_path: Path) -> None:
    doc = spec()
    doc["paths"]["/b"]["get"]["x-flags"] = {"on": True, "list": [{"a": 1, "b": 2}]}
    target = "target: \"$.paths['/b'].get\", description: d"
    actions = (
        f"  - {{{target}, update: {{x-flags: {{list: [{{a: 1}}]}}}}}}\n"  # an item containing the wanted one
        f"  - {{{target}, update: {{x-flags: {{on: 1}}}}}}\n"  # true is not 1
    )
    assert health_of(tmp_path, actions, doc) == [("obsolete", 1), ("applied", 1)]
    assert doc["paths"]["/b"]["get"]["x-flags"]["on"] == 1


def test_a_missing_target_is_broken_unless_the_stated_gap_is_gone(tmp_path: Path) -> None:
    gone = "\"$.paths['/gone'].get\""
    actions = (
        f"  - {{target: {gone}, description: no gap stated, update: {{x: 1}}}}\n"
        f"  - {{target: {gone}, description: gap gone, x-venice-gap: \"$.paths['/gone']\","
        " update: {x: 1}}\n"
        f"  - {{target: {gone}, description: gap still there, x-venice-gap: '$.paths[?!@.get.operationId]',"
        " update: {x: 1}}\n"
    )
    assert health_of(tmp_path, actions) == [("broken", 0), ("obsolete", 0), ("broken", 0)]


def test_a_remove_whose_target_is_gone_is_obsolete_unless_its_gap_is_still_there(tmp_path: Path) -> None:
    actions = (
        "  - {target: \"$.paths['/gone']\", description: d, remove: true}\n"
        "  - {target: \"$.paths['/b']\", description: d, remove: true}\n"
        "  - {target: \"$.paths['/c']\", description: d, remove: true, x-venice-gap: \"$.paths['/a']\"}\n"
    )
    assert health_of(tmp_path, actions) == [("obsolete", 0), ("applied", 1), ("broken", 0)]


def test_gaps_are_looked_for_in_the_document_before_the_file_is_applied(tmp_path: Path) -> None:
    # The first action removes what the second action's gap finds: the gap still counts as present.
    actions = (
        "  - {target: \"$.paths['/a']\", description: d, remove: true}\n"
        "  - {target: \"$.paths['/a'].get\", description: d, x-venice-gap: \"$.paths['/a']\","
        " update: {x: 1}}\n"
    )
    assert health_of(tmp_path, actions) == [("applied", 1), ("broken", 0)]


def test_file_status_is_broken_if_any_action_is_obsolete_if_all_are(tmp_path: Path) -> None:
    def status(actions: str) -> str:
        write_overlay(tmp_path, "01-h.overlay.yaml", "actions:\n" + actions)
        (health,) = apply_overlays(spec(), load_overlay_dir(tmp_path))
        return health.status

    applied = "  - {target: \"$.paths['/a'].get\", description: d, update: {x: 1}}\n"
    obsolete = "  - {target: \"$.paths['/b'].get\", description: d, update: {operationId: getB}}\n"
    broken = "  - {target: \"$.paths['/gone'].get\", description: d, update: {x: 1}}\n"
    assert status(applied + obsolete) == "applied"
    assert status(obsolete + obsolete) == "obsolete"
    assert status(applied + obsolete + broken) == "broken"


def test_no_committed_overlay_is_broken_on_the_pinned_spec(pinned_spec: Path) -> None:
    # Obsolete is allowed: an upstream fix (or, in an older pinned spec, a gap that is not there yet)
    # never stops an update; `make update` lists such overlays for retirement instead.
    from pipeline.regen import overlaid_spec_health

    _doc, _repairs, health = overlaid_spec_health(pinned_spec)
    assert {(h.file, a.index): str(a) for h in health for a in h.actions if a.status == "broken"} == {}
    assert any(a.status == "applied" for h in health for a in h.actions)


def test_on_every_upstream_version_the_committed_overlays_are_applied_or_obsolete_never_broken() -> None:
    # Older specs lack what later overlays patch (the `text` response format, x402 wallets, streaming
    # /responses): each such action states its gap, so it is obsolete there, not broken.
    from pipeline.pull import mirror_dir
    from pipeline.regen import overlaid_spec_health

    history = sorted((mirror_dir() / "history").glob("*.yaml"))
    assert len(history) >= 20
    for path in history:
        _doc, _repairs, health = overlaid_spec_health(path)
        assert [h.file for h in health if h.status == "broken"] == [], path.name
