"""Versions and CHANGELOG entries for spec updates (`make update`), derived from the drift report.

The version policy (docs/release.md, "Versions"): the drift classification of the new spec against
the pinned one decides the bump. Breaking drift (including a removed operation) is a major release,
any other drift (new operations, new fields, new enum values, ...) a minor one, documentation-only
or content-identical specs a patch. While the major version is 0, every level moves one step down
(breaking -> minor, otherwise patch), as SemVer's 0.y convention has it. Client-only releases are cut by hand.

The entry lists the operations added (with the method each became, and whether the naming rule chose
its name) and removed (with the method that went with it), and every breaking change exactly as the
drift report states them, with the new spec's `info.version` and sha256. This module decides and
renders; it must not run the pipeline or diff specs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .drift import BREAKING, DOCS_ONLY, IDENTICAL, NON_BREAKING

ROOT = Path(__file__).resolve().parents[2]
VERSION_FILE = ROOT / "src" / "venice" / "_version.py"
CHANGELOG = ROOT / "CHANGELOG.md"

LEVELS = ("major", "minor", "patch")
BUMP_BY_STATUS = {BREAKING: "major", NON_BREAKING: "minor", DOCS_ONLY: "patch", IDENTICAL: "patch"}
_VERSION_LINE = re.compile(r'^__version__ = "(?P<version>\d+\.\d+\.\d+)"$', re.MULTILINE)
_ENTRY_START = re.compile(r"^## ", re.MULTILINE)
CHANGELOG_HEADER = """# Changelog

Every release of the Venice bindings. Entries for spec updates are written by `make update` from the
drift report; the version follows the policy in docs/release.md ("Versions").
"""


def bump_level(status: str, version: str) -> str:
    """The level ("major", "minor", "patch") the drift `status` asks for, on top of `version`."""
    level = BUMP_BY_STATUS[status]
    if version.split(".")[0] == "0" and level != "patch":
        level = LEVELS[LEVELS.index(level) + 1]
    return level


def bumped(version: str, level: str) -> str:
    major, minor, patch = (int(part) for part in version.split("."))
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def read_version(path: Path = VERSION_FILE) -> str:
    match = _VERSION_LINE.search(path.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f'{path}: no line `__version__ = "X.Y.Z"`')
    return match["version"]


def write_version(version: str, path: Path = VERSION_FILE) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(_VERSION_LINE.sub(f'__version__ = "{version}"', text, count=1), encoding="utf-8")


@dataclass
class Entry:
    """One CHANGELOG entry for a spec update."""

    version: str
    date: str
    spec_version: str
    spec_sha256: str
    operations: int
    previous_spec_version: str
    previous_spec_sha256: str
    status: str
    level: str
    diff: dict[str, Any]
    obsolete_overlays: list[str] = field(default_factory=list)
    # "METHOD /path" -> method path, in the new spec (added operations) and the old one (removed)
    method_paths: dict[str, str] = field(default_factory=dict)
    previous_method_paths: dict[str, str] = field(default_factory=dict)
    derived: list[str] = field(default_factory=list)  # "METHOD /path" whose name the rule chose
    stale_names: list[str] = field(default_factory=list)  # bindings.yaml entries with no operation
    renamed_ids: dict[str, str] = field(default_factory=dict)  # operationIds renamed upstream, names kept

    @property
    def breaking_changes(self) -> list[dict[str, Any]]:
        return [change for change in self.diff.get("changes", []) if change.get("breaking")]

    def render(self) -> str:
        summary = self.diff.get("summary", {})
        lines = [
            f"## {self.version} ({self.date})",
            "",
            f"Generated from Venice's spec `info.version` `{self.spec_version}`, sha256 `{self.spec_sha256}`"
            f" ({self.operations} operations); previously `{self.previous_spec_version}`, sha256"
            f" `{self.previous_spec_sha256}`.",
            "",
            f"Drift: **{self.status}** ({summary.get('changes', 0)} changes, {summary.get('breaking', 0)}"
            f" breaking; {summary.get('documentation_changes', 0)} documentation-only differences):"
            f" {self.level} release.",
        ]
        lines += _section(
            "Operations added", [self._added(op) for op in self.diff.get("operations_added", [])]
        )
        lines += _section(
            "Operations removed", [self._removed(op) for op in self.diff.get("operations_removed", [])]
        )
        if self.renamed_ids:
            renamed = [
                f"`{old}` -> `{new}` (the method keeps its name)" for old, new in self.renamed_ids.items()
            ]
            lines += _section("operationIds renamed upstream", renamed)
        if self.stale_names:
            lines += _section("Names in bindings.yaml with no operation (delete the lines)", self.stale_names)
        lines += _section("Breaking changes", [_change(change) for change in self.breaking_changes])
        if self.obsolete_overlays:
            lines += _section("Overlays made obsolete by the new spec (retire them)", self.obsolete_overlays)
        return "\n".join(lines) + "\n"

    def _added(self, route: str) -> str:
        method_path = self.method_paths.get(route)
        if method_path is None:
            return f"`{route}`"
        text = f"`{route}`: `client.{method_path}`"
        if route in self.derived:
            text += " (name derived by the naming rule: rename it in bindings.yaml before the release)"
        return text

    def _removed(self, route: str) -> str:
        method_path = self.previous_method_paths.get(route)
        return f"`{route}`: `client.{method_path}` is gone" if method_path else f"`{route}`"


def _section(title: str, items: list[str]) -> list[str]:
    return ["", f"### {title}", ""] + ([f"- {item}" for item in items] or ["- none"])


def _change(change: dict[str, Any]) -> str:
    where = f"`{change['operation']}` " if change.get("operation") else ""
    return f"{where}{change['location']}: {change['detail']} (`{change['kind']}`)"


def insert_entry(changelog: str, entry: str) -> str:
    """`changelog` with `entry` as its newest entry (a missing CHANGELOG gets the standard header)."""
    text = changelog or CHANGELOG_HEADER
    first = _ENTRY_START.search(text)
    if first is None:
        return text.rstrip("\n") + "\n\n" + entry
    return text[: first.start()] + entry + "\n" + text[first.start() :]


def entry_operations(changelog: str) -> tuple[list[str], list[str]]:
    """(operations added, operations removed) as listed by the newest entry of `changelog`."""
    entries = _ENTRY_START.split(changelog)
    newest = entries[1] if len(entries) > 1 else ""
    found: dict[str, list[str]] = {"Operations added": [], "Operations removed": []}
    current: list[str] | None = None
    for line in newest.splitlines():
        if line.startswith("### "):
            current = found.get(line[4:].strip())
        elif current is not None and line.startswith("- `"):
            current.append(line[3:].split("`")[0])
    return found["Operations added"], found["Operations removed"]
