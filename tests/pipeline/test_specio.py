"""The spec is read as YAML 1.2 and written as JSON without changing any scalar's type or value."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pipeline.specio import SpecError, dump_json, load_spec, parse_document


def scalars(node: Any, path: str = "") -> dict[str, Any]:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            out.update(scalars(value, f"{path}/{key}"))
        return out
    if isinstance(node, list):
        out = {}
        for index, value in enumerate(node):
            out.update(scalars(value, f"{path}/{index}"))
        return out
    return {path: node}


def test_round_trip_through_json_is_lossless(pinned_spec: Path) -> None:
    doc = load_spec(pinned_spec)
    again = json.loads(dump_json(doc))
    assert again == doc
    before, after = scalars(doc), scalars(again)
    assert {p: type(v) for p, v in before.items()} == {p: type(v) for p, v in after.items()}
    assert len(before) > 1_000  # not vacuous: a real spec has thousands of scalars (4,600 in 2026-02)


def test_yaml_1_1_traps_stay_strings(pinned_spec: Path) -> None:
    doc = load_spec(pinned_spec)
    web_search = doc["components"]["schemas"]["ChatCompletionRequest"]["properties"]["venice_parameters"]
    assert web_search["properties"]["enable_web_search"]["enum"] == ["auto", "off", "on"]
    values = scalars(doc).values()
    assert "16:9" in values
    assert not any(isinstance(v, (bytes,)) for v in values)
    # No timestamps: YAML 1.2's core schema has none, and the API sends these as strings.
    assert all(isinstance(v, (str, int, float, bool, type(None))) for v in values)


def test_pyyaml_default_loader_would_corrupt_the_spec(pinned_spec: Path) -> None:
    """The trap the loader avoids is real: PyYAML (YAML 1.1) turns on/off into booleans and 16:9 into 969."""
    naive = yaml.safe_load(pinned_spec.read_text(encoding="utf-8"))
    enum = naive["components"]["schemas"]["ChatCompletionRequest"]["properties"]["venice_parameters"]
    assert enum["properties"]["enable_web_search"]["enum"] == ["auto", False, True]
    assert 969 in scalars(naive).values()  # 16:9 read as base-60


def test_duplicate_key_is_one_line_with_location() -> None:
    with pytest.raises(SpecError) as info:
        parse_document(b"openapi: 3.0.0\npaths:\n  /a: {}\n  /a: {}\n", source="dup.yaml")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("dup.yaml: not valid YAML/JSON at line 4")
    assert "duplicate key" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"- a\n- b\n", "not an OpenAPI document (top level is list"),
        (b"swagger: '2.0'\ninfo: {version: '1'}\n", "not an OpenAPI 3.x document (no 'openapi' field)"),
        (b"openapi: 2.0.0\ninfo: {version: '1'}\n", "not an OpenAPI 3.x document (openapi: '2.0.0')"),
        (b"openapi: 3.0.0\n", "no info.version"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_not_openapi_documents_are_named(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(content)
    with pytest.raises(SpecError, match=re.escape(expected)):
        load_spec(path)


def test_c_parser_and_pure_python_parser_agree(pinned_spec: Path) -> None:
    from pipeline import specio
    from ruamel.yaml import YAML

    text = pinned_spec.read_text(encoding="utf-8")
    pure = YAML(typ="safe", pure=True)
    pure.Constructor = specio._CoreSchemaConstructor
    fast = specio._yaml_loader()
    assert "CParser" in fast.Parser.__name__  # ruamel.yaml.clib is pinned in requirements.lock
    assert fast.load(text) == pure.load(text)
