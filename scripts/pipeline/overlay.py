"""Apply OpenAPI Overlay Specification 1.0.0 documents to an OpenAPI document.

An overlay is `{overlay: 1.0.0, info: {title, version}, actions: [{target, description, update|remove}]}`.
Targets are RFC 9535 JSONPath queries (evaluated with `jsonpath-rfc9535`); actions run in order, each on
the result of the previous one. `update` merges into every selected node: objects merge recursively,
arrays are appended to, anything else is replaced. `remove: true` deletes every selected node from its
parent. An action that selects nothing is reported, never silently ignored.

Health. Each action may carry `x-venice-gap`, an RFC 9535 JSONPath that finds the gap the action closes
(Overlay 1.0.0 allows `x-` extensions on actions), evaluated on the document as it stands just before
its overlay file is applied. Every action is classified:

- *applied*: the target selects at least one node and the update would change something;
- *obsolete*: the target selects nodes that already contain the update (a deep subset: objects
  recursively, arrays contain the items), or selects nothing while `x-venice-gap` finds nothing either
  (the gap was fixed, or its subject removed, upstream); a `remove` whose target selects nothing is
  already removed, unless its `x-venice-gap` still finds the gap;
- *broken*: the target selects nothing and the gap is still there (or no gap is stated): the spec
  moved under the overlay and a person must retarget it.

An overlay file is broken if any action is, obsolete if all are, else applied. Obsolete actions are not
applied (an array update would append a duplicate); only broken ones are errors, and only the caller
decides that (`--strict`). This module knows nothing about the API the overlays patch.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath

from .specio import SpecError, parse_document

APPLIED, OBSOLETE, BROKEN = "applied", "obsolete", "broken"
GAP_KEY = "x-venice-gap"


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
class ActionHealth:
    """What one action did to one document: `status` is APPLIED, OBSOLETE or BROKEN."""

    file: str
    index: int
    target: str
    description: str
    status: str
    matched: int
    gap: str | None = None
    gap_found: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def unmatched(self) -> UnmatchedAction | None:
        if self.matched:
            return None
        return UnmatchedAction(self.file, self.index, self.target, self.description)

    def __str__(self) -> str:
        where = f"{self.file} action {self.index}: target {self.target}"
        if self.status == APPLIED:
            return f"{where} applied to {self.matched} node(s)"
        if self.status == OBSOLETE:
            why = "already in the spec" if self.matched else "matched nothing and the gap is gone"
            return f"{where} is obsolete ({why}): {self.description}"
        gap = f"; the gap {self.gap} is still there" if self.gap else "; no x-venice-gap states the gap"
        return f"{where} matched nothing{gap} ({self.description})"


@dataclass(frozen=True)
class OverlayHealth:
    """The health of one overlay file on one document."""

    file: str
    title: str
    actions: list[ActionHealth]

    @property
    def status(self) -> str:
        statuses = {action.status for action in self.actions}
        if BROKEN in statuses:
            return BROKEN
        return OBSOLETE if statuses == {OBSOLETE} else APPLIED

    def indices(self, status: str) -> list[int]:
        return [action.index for action in self.actions if action.status == status]

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "title": self.title,
            "status": self.status,
            "obsolete_actions": self.indices(OBSOLETE),
            "broken_actions": self.indices(BROKEN),
            "actions": [action.as_dict() for action in self.actions],
        }


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
        _compile(action["target"], where)
        if GAP_KEY in action:
            if not isinstance(action[GAP_KEY], str):
                raise SpecError(f"{where}: {GAP_KEY} must be a JSONPath string that finds the gap")
            _compile(action[GAP_KEY], f"{where} {GAP_KEY}")
    return Overlay(name=path.name, title=str(info["title"]), actions=actions)


def _compile(query: str, where: str) -> None:
    try:
        jsonpath.compile(query)
    except jsonpath.JSONPathError as exc:
        raise SpecError(f"{where}: invalid JSONPath {query!r}: {exc}") from None


def contains(node: Any, update: Any) -> bool:
    """Whether merging `update` into `node` would change nothing (a deep subset, arrays as item sets)."""
    if isinstance(update, dict):
        return isinstance(node, dict) and all(
            key in node and contains(node[key], value) for key, value in update.items()
        )
    if isinstance(node, list):
        wanted = update if isinstance(update, list) else [update]
        return all(any(contains(have, want) for have in node) for want in wanted)
    # JSON true is not the number 1.
    return isinstance(node, bool) == isinstance(update, bool) and node == update


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
    if "update" in action and all(contains(node.value, action["update"]) for node in nodes):
        return len(locations)  # nothing to change (and no duplicate appended to an array)
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


def _classify(action: dict[str, Any], nodes: list[Any], gap_found: int | None) -> str:
    """APPLIED / OBSOLETE / BROKEN for `action`, given the nodes its target selects just before it runs."""
    if nodes:
        if action.get("remove"):
            return APPLIED
        return OBSOLETE if all(contains(node.value, action["update"]) for node in nodes) else APPLIED
    if gap_found is not None:
        return BROKEN if gap_found else OBSOLETE
    return OBSOLETE if action.get("remove") else BROKEN


def apply_overlay(doc: dict[str, Any], overlay: Overlay) -> OverlayHealth:
    """Apply one overlay file in place and say how each of its actions fared."""
    # Every gap is looked for before the file's first action: the document the overlay was written for.
    gaps = [
        len(jsonpath.find(action[GAP_KEY], doc)) if GAP_KEY in action else None for action in overlay.actions
    ]
    results = []
    for index, action in enumerate(overlay.actions):
        nodes = list(jsonpath.find(action["target"], doc))
        status = _classify(action, nodes, gaps[index])
        if status == APPLIED:
            apply_action(doc, action)
        results.append(
            ActionHealth(
                file=overlay.name,
                index=index,
                target=action["target"],
                description=" ".join(str(action["description"]).split()),
                status=status,
                matched=len(nodes),
                gap=action.get(GAP_KEY),
                gap_found=gaps[index],
            )
        )
    return OverlayHealth(overlay.name, overlay.title, results)


def apply_overlays(doc: dict[str, Any], overlays: list[Overlay]) -> list[OverlayHealth]:
    """Apply `overlays` in order to `doc` (in place); the health of each, in the same order."""
    return [apply_overlay(doc, overlay) for overlay in overlays]


def unmatched_actions(health: list[OverlayHealth]) -> list[UnmatchedAction]:
    """Every action whose target selected nothing (obsolete or broken)."""
    return [u for overlay in health for action in overlay.actions if (u := action.unmatched()) is not None]


def broken_actions(health: list[OverlayHealth]) -> list[ActionHealth]:
    return [action for overlay in health for action in overlay.actions if action.status == BROKEN]


def load_overlay_dir(directory: Path) -> list[Overlay]:
    """Every `*.overlay.yaml` in `directory`, in name order."""
    return [load_overlay(path) for path in sorted(directory.glob("*.overlay.yaml"))]
