"""Apply OpenAPI Overlay Specification 1.0.0 documents to an OpenAPI document.

An overlay is `{overlay: 1.0.0, info: {title, version}, actions: [{target, description, update|remove}]}`.
Targets are RFC 9535 JSONPath queries (evaluated with `jsonpath-rfc9535`); actions run in order, each on
the result of the previous one. `update` merges into every selected node: objects merge recursively,
arrays are appended to, anything else is replaced. `remove: true` deletes every selected node from its
parent. An action that selects nothing is reported, never silently ignored; whether that is an error
is the caller's decision (`--strict`). This module knows nothing about Venice.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath

from .specio import SpecError, parse_document


@dataclass(frozen=True)
class UnmatchedAction:
    """An overlay action whose target selected no node."""

    file: str
    index: int
    target: str
    description: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "index": self.index,
            "target": self.target,
            "description": self.description,
        }

    def __str__(self) -> str:
        return f"{self.file} action {self.index}: target {self.target} matched nothing ({self.description})"


@dataclass(frozen=True)
class Overlay:
    name: str
    title: str
    actions: list[dict[str, Any]]


def load_overlay(path: Path) -> Overlay:
    """Read and validate an overlay document; raise `SpecError` naming the file and the problem."""
    doc = parse_document(path.read_bytes(), source=str(path))
    if doc.get("overlay") != "1.0.0":
        raise SpecError(f"{path.name}: not an Overlay 1.0.0 document (overlay: {doc.get('overlay')!r})")
    info = doc.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        raise SpecError(f"{path.name}: overlay needs info.title and info.version")
    actions = doc.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(f"{path.name}: overlay has no actions")
    for index, action in enumerate(actions):
        where = f"{path.name} action {index}"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise SpecError(f"{where}: every action needs a string target")
        if not action.get("description"):
            raise SpecError(f"{where}: every action needs a description of the API behaviour it corrects")
        if ("update" in action) == bool(action.get("remove")):
            raise SpecError(f"{where}: an action has exactly one of update or remove: true")
        try:
            jsonpath.compile(action["target"])
        except jsonpath.JSONPathError as exc:
            raise SpecError(f"{where}: invalid JSONPath {action['target']!r}: {exc}") from None
    return Overlay(name=path.name, title=str(info["title"]), actions=actions)


def merge(target: Any, update: Any) -> Any:
    """Overlay 1.0.0 merge of `update` into `target`; returns the merged value (mutating containers)."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
        return target
    return copy.deepcopy(update)


def _parent_and_key(doc: Any, location: tuple[str | int, ...]) -> tuple[Any, str | int]:
    parent = doc
    for step in location[:-1]:
        parent = parent[step]
    return parent, location[-1]


def apply_action(doc: dict[str, Any], action: dict[str, Any]) -> int:
    """Apply one action in place; return how many nodes it selected."""
    nodes = jsonpath.find(action["target"], doc)
    locations = [node.location for node in nodes]
    if action.get("remove"):
        # Delete deepest-last-index first so earlier removals do not shift later array positions.
        for location in sorted(locations, key=lambda loc: (len(loc), loc[-1] if loc else 0), reverse=True):
            if not location:
                raise SpecError(f"cannot remove the document root (target {action['target']})")
            parent, key = _parent_and_key(doc, location)
            del parent[key]
    else:
        for location in locations:
            if not location:
                merge(doc, action["update"])
                continue
            parent, key = _parent_and_key(doc, location)
            if not isinstance(parent[key], (dict, list)):
                raise SpecError(
                    f"target {action['target']} selects a {type(parent[key]).__name__}; "
                    "Overlay 1.0.0 updates only objects and arrays"
                )
            parent[key] = merge(parent[key], action["update"])
    return len(locations)


def apply_overlays(doc: dict[str, Any], overlays: list[Overlay]) -> list[UnmatchedAction]:
    """Apply `overlays` in order to `doc` (in place) and return the actions that matched nothing."""
    unmatched = []
    for overlay in overlays:
        for index, action in enumerate(overlay.actions):
            if apply_action(doc, action) == 0:
                unmatched.append(
                    UnmatchedAction(overlay.name, index, action["target"], str(action["description"]).strip())
                )
    return unmatched


def load_overlay_dir(directory: Path) -> list[Overlay]:
    """Every `*.overlay.yaml` in `directory`, in name order."""
    return [load_overlay(path) for path in sorted(directory.glob("*.overlay.yaml"))]
