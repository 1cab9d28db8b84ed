"""The drift report names the public types (`venice.types`) a new spec renames, adds or removes: a
rename changes nothing on the wire but breaks user code that imports the old name."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from pipeline.pull import Lock, pull
from pipeline.regen import overlaid_spec
from pipeline.surface import type_name_changes
from specs_mirror import PINNED


@pytest.fixture(scope="module")
def pinned_spec() -> Path:
    return pull(Lock.read())


def test_a_renamed_schema_is_reported_as_a_rename() -> None:
    old, _, _ = overlaid_spec(PINNED)  # a fixed real spec (the mirror's newest), whichever is pinned
    new = copy.deepcopy(old)
    new["components"]["schemas"]["ModelResponse"]["x-venice-name"] = "AIModel"
    del new["components"]["schemas"]["WebSearchResponse"]["properties"]["results"]
    changes = type_name_changes(old, new)
    assert "Model -> AIModel" in changes["renamed"]
    assert changes["removed"] == ["WebSearchResponseResult"]
    assert changes["added"] == []


def test_the_pinned_spec_against_itself_changes_no_name(pinned_spec: Path) -> None:
    doc, _, _ = overlaid_spec(pinned_spec)
    assert type_name_changes(doc, copy.deepcopy(doc)) == {"added": [], "removed": [], "renamed": []}


def test_a_name_an_overlay_adds_or_drops_is_reported() -> None:
    """Another name of a type (`x-venice-aliases`) and a named union are public names like the rest."""
    old, _, _ = overlaid_spec(PINNED)
    new = copy.deepcopy(old)
    messages = new["components"]["schemas"]["ChatCompletionRequest"]["properties"]["messages"]["items"]
    del messages["x-venice-name"]
    user = next(m for m in messages["anyOf"] if m["properties"]["role"]["enum"] == ["user"])
    user["x-venice-aliases"] = ["HumanMessage"]
    changes = type_name_changes(old, new)
    assert changes["removed"] == ["ChatCompletionMessageParam", "ChatCompletionUserMessageParam"]
    assert changes["added"] == ["HumanMessageParam"]
