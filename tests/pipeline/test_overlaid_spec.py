"""Properties the overlaid pinned spec must have, whatever the upstream spec says."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pipeline.regen import overlaid_spec


@pytest.fixture(scope="module")
def doc(pinned_spec: Path) -> dict[str, Any]:
    return overlaid_spec(pinned_spec)[0]


def walk(node: Any, path: str = "#") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        found.append((path, node))
        for key, value in node.items():
            if key not in ("example", "examples"):
                found += walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += walk(value, f"{path}/{index}")
    return found


def test_string_examples_match_their_own_pattern(doc: dict[str, Any]) -> None:
    bad = [
        f"{path}: {schema['example']!r} !~ {schema['pattern']}"
        for path, schema in walk(doc)
        if isinstance(schema.get("pattern"), str)
        and isinstance(schema.get("example"), str)
        and not re.search(schema["pattern"], schema["example"])
    ]
    assert bad == []


def test_no_typeless_nullable_left_in_request_bodies(doc: dict[str, Any]) -> None:
    bad = [
        path
        for path, schema in walk(doc.get("paths"), "#/paths")
        if "/requestBody/" in path and schema.get("nullable") is True and "type" not in schema
    ]
    assert bad == []


def test_every_operation_has_an_operation_id_and_every_id_is_unique(doc: dict[str, Any]) -> None:
    from pipeline.specio import iter_operations

    ids = [op.get("operationId") for _, _, op in iter_operations(doc)]
    assert None not in ids
    assert len(ids) == len(set(ids)) > 0


def test_model_feature_suffix_keys_are_resolved_from_venice_parameters(doc: dict[str, Any]) -> None:
    model = doc["components"]["schemas"]["ChatCompletionRequest"]["properties"]["model"]
    extension = model["x-venice-model-feature-suffix"]
    venice_parameters = doc["components"]["schemas"]["ChatCompletionRequest"]["properties"][
        "venice_parameters"
    ]
    assert extension["keys"] == list(venice_parameters["properties"])
