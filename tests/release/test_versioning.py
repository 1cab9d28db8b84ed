"""The version policy, the CHANGELOG entry and the snapshot that makes `make update` all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pipeline import release
from pipeline.snapshot import Snapshot


@pytest.mark.parametrize(
    ("version", "status", "expected"),
    [
        ("1.4.2", "breaking", "2.0.0"),
        ("1.4.2", "non-breaking", "1.5.0"),
        ("1.4.2", "documentation-only", "1.4.3"),
        ("1.4.2", "identical", "1.4.3"),
        # SemVer 0.y: everything moves one level down.
        ("0.3.1", "breaking", "0.4.0"),
        ("0.3.1", "non-breaking", "0.3.2"),
        ("0.3.1", "documentation-only", "0.3.2"),
    ],
)
def test_the_drift_status_sets_the_bump(version: str, status: str, expected: str) -> None:
    assert release.bumped(version, release.bump_level(status, version)) == expected


def test_the_version_file_is_read_and_rewritten_in_place(tmp_path: Path) -> None:
    path = tmp_path / "_version.py"
    path.write_text('"""doc"""\n\n__version__ = "0.1.0"\nOTHER = "0.1.0"\n', encoding="utf-8")
    assert release.read_version(path) == "0.1.0"
    release.write_version("0.2.0", path)
    assert path.read_text(encoding="utf-8") == '"""doc"""\n\n__version__ = "0.2.0"\nOTHER = "0.1.0"\n'
    assert release.read_version(release.VERSION_FILE)  # the real one has the line the policy rewrites


DIFF = {
    "operations_added": ["GET /a", "POST /b"],
    "operations_removed": ["DELETE /c"],
    "changes": [
        {
            "operation": "POST /b",
            "location": "request body (application/json) x",
            "kind": "request-property-required-added",
            "breaking": True,
            "detail": "optional -> required",
            "rule": "r",
        },
        {"operation": None, "location": "servers", "kind": "other-changed", "breaking": False, "detail": "d"},
        {
            "operation": None,
            "location": "components.schemas.S",
            "kind": "schema-removed",
            "breaking": True,
            "detail": "removed",
            "rule": "r",
        },
    ],
    "summary": {"status": "breaking", "changes": 3, "breaking": 2, "documentation_changes": 4},
}


def entry(**overrides: object) -> release.Entry:
    fields: dict[str, object] = {
        "version": "0.2.0",
        "date": "2026-12-01",
        "spec_version": "20261201.000000",
        "spec_sha256": "ab" * 32,
        "operations": 50,
        "previous_spec_version": "20261101.000000",
        "previous_spec_sha256": "cd" * 32,
        "status": "breaking",
        "level": "minor",
        "diff": DIFF,
        **overrides,
    }
    return release.Entry(**fields)  # type: ignore[arg-type]


def test_the_entry_names_the_spec_and_lists_every_operation_and_breaking_change() -> None:
    text = entry(obsolete_overlays=["`06-x.overlay.yaml` (every action)"]).render()
    assert text.startswith("## 0.2.0 (2026-12-01)\n")
    assert f"`20261201.000000`, sha256 `{'ab' * 32}` (50 operations)" in text
    assert (
        "Drift: **breaking** (3 changes, 2 breaking; 4 documentation-only differences): minor release."
        in text
    )
    assert (
        "- `POST /b` request body (application/json) x: optional -> required "
        "(`request-property-required-added`)" in text
    )
    assert "- components.schemas.S: removed (`schema-removed`)" in text
    assert "servers" not in text  # non-breaking changes are the drift report's, not the entry's
    assert "`06-x.overlay.yaml` (every action)" in text


def test_operations_are_read_back_from_the_newest_entry_exactly() -> None:
    changelog = release.insert_entry("", entry().render())
    changelog = release.insert_entry(
        changelog, entry(version="0.3.0", diff={**DIFF, "operations_added": []}).render()
    )
    assert changelog.startswith(release.CHANGELOG_HEADER)
    assert changelog.index("## 0.3.0") < changelog.index("## 0.2.0")
    assert release.entry_operations(changelog) == ([], ["DELETE /c"])


def test_an_entry_with_no_operations_says_none() -> None:
    text = entry(diff={**DIFF, "operations_added": [], "operations_removed": [], "changes": []}).render()
    assert text.count("- none") == 3
    assert release.entry_operations(text) == ([], [])


def test_a_snapshot_restores_files_directories_and_absence(tmp_path: Path) -> None:
    file, directory, absent = tmp_path / "lock.json", tmp_path / "generated", tmp_path / "CHANGELOG.md"
    file.write_text("old", encoding="utf-8")
    (directory / "pkg").mkdir(parents=True)
    (directory / "pkg" / "kept.py").write_text("kept", encoding="utf-8")
    snapshot = Snapshot([file, directory, absent], tmp_path / "backup")
    file.write_text("new", encoding="utf-8")
    (directory / "pkg" / "kept.py").unlink()
    (directory / "pkg" / "added.py").write_text("stale", encoding="utf-8")
    absent.write_text("entry", encoding="utf-8")
    snapshot.restore()
    assert file.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in (directory / "pkg").iterdir()) == ["kept.py"]
    assert not absent.exists()
