"""The Overlay 1.0.0 applier: update merges objects, appends to arrays; remove deletes; misses are named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pipeline.overlay import UnmatchedAction, apply_action, apply_overlays, load_overlay, load_overlay_dir
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
    unmatched = apply_overlays(spec(), load_overlay_dir(tmp_path))
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
