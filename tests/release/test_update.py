"""`scripts/update.py` end to end, in a scratch copy of the tree (the working tree is never touched).

Each candidate is the pinned spec with one deliberate change: a new optional response field (an update
that must go through), a moved path whose overlay gap is still there (a stop that must restore the
tree), and a failing test (a stop, then accepted when the failure predates the update).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pipeline import release
from pipeline.pull import Lock, mirror_dir, pull
from pipeline.specio import dump_json, load_spec
from pipeline.tree_copy import copy_project

PROTECTED = ("spec/lock.json", "CHANGELOG.md", "src/venice/_version.py", "generated")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "repo")


def fingerprint(repo: Path) -> dict[str, str]:
    found = {}
    for name in PROTECTED:
        path = repo / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for file in files if path.is_dir() else [path]:
            found[str(file.relative_to(repo))] = hashlib.sha256(file.read_bytes()).hexdigest()
    return found


def candidate(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    doc = load_spec(pull(Lock.read()))
    change(doc)
    path = tmp_path / "candidate.json"
    path.write_text(dump_json(doc), encoding="utf-8")
    return path


def update(repo: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    work = repo / ".work" / "update"
    for name in ("github-output", "github-summary.md"):
        (repo / name).unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env.update(
        VENICE_SPEC_MIRROR=str(mirror_dir()),
        PYTHONPATH=os.pathsep.join([str(repo / "src"), str(repo / "generated")]),
        GITHUB_OUTPUT=str(repo / "github-output"),
        GITHUB_STEP_SUMMARY=str(repo / "github-summary.md"),
    )
    proc = subprocess.run(
        [sys.executable, str(repo / "scripts" / "update.py"), "--work", str(work), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    outputs = dict(line.split("=", 1) for line in (repo / "github-output").read_text().splitlines())
    assert (repo / "github-summary.md").read_text(encoding="utf-8") == proc.stdout
    return proc.returncode, outputs, proc.stdout


def add_response_field(doc: dict[str, Any]) -> None:
    schema = doc["paths"]["/image/styles"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    schema.setdefault("properties", {})["x_new_field"] = {"type": "string", "description": "new"}


def test_the_pinned_spec_is_up_to_date_and_nothing_is_written(repo: Path) -> None:
    before = fingerprint(repo)
    code, outputs, summary = update(repo, "--spec", str(pull(Lock.read())))
    assert (code, outputs["outcome"], outputs["exit_code"]) == (0, "up-to-date", "0")
    assert "the tree: untouched" in summary
    assert fingerprint(repo) == before


def test_a_non_breaking_spec_is_pinned_regenerated_tested_and_released(repo: Path, tmp_path: Path) -> None:
    spec = candidate(tmp_path, add_response_field)
    old_version = release.read_version(repo / "src" / "venice" / "_version.py")
    code, outputs, summary = update(repo, "--spec", str(spec), "--tests", "tests/release/test_spec_facts.py")
    assert code == 0, summary
    new_sha = hashlib.sha256(spec.read_bytes()).hexdigest()
    assert outputs["outcome"] == "updated" and outputs["breaking"] == "false"
    assert outputs["spec_sha256"] == new_sha
    lock = json.loads((repo / "spec" / "lock.json").read_text(encoding="utf-8"))
    assert lock["sha256"] == new_sha and lock["pinned_url"] == str(spec)
    spec_info = json.loads((repo / "generated" / "venice_api" / "spec_info.json").read_text(encoding="utf-8"))
    assert spec_info["sha256"] == new_sha
    # Non-breaking drift on 0.x: a patch release, and the entry says so.
    new_version = release.read_version(repo / "src" / "venice" / "_version.py")
    assert new_version == outputs["version"] == release.bumped(old_version, "patch")
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = Path(outputs["changelog_entry_file"]).read_text(encoding="utf-8")
    assert changelog.split("\n## ", 2)[1] == entry[3:].rstrip("\n") + "\n"
    assert f"sha256 `{new_sha}`" in entry and "Drift: **non-breaking**" in entry
    drift = json.loads((repo / ".work" / "update" / "drift.json").read_text(encoding="utf-8"))
    assert release.entry_operations(changelog) == (
        drift["diff"]["operations_added"],
        drift["diff"]["operations_removed"],
    )
    assert re.search(
        r"\| run the tests \(tests/release/test_spec_facts.py\) \| [1-9]\d* tests, 0 failed \(0 known\) \|",
        summary,
    )


def test_a_moved_path_with_its_gap_still_there_is_a_broken_overlay_and_the_tree_is_restored(
    repo: Path, tmp_path: Path
) -> None:
    def move_image_styles(doc: dict[str, Any]) -> None:
        doc["paths"]["/image/style-list"] = doc["paths"].pop("/image/styles")

    before = fingerprint(repo)
    code, outputs, summary = update(repo, "--spec", str(candidate(tmp_path, move_image_styles)))
    assert (code, outputs["outcome"]) == (4, "overlay-broken")
    assert (
        "01-operation-ids.overlay.yaml action 0: target $.paths['/image/styles'].get matched nothing"
        in summary
    )
    assert "the tree: restored" in summary
    assert fingerprint(repo) == before


def test_a_new_test_failure_stops_the_update_and_an_old_one_does_not(repo: Path, tmp_path: Path) -> None:
    (repo / "tests" / "release" / "test_fails_here.py").write_text(
        "def test_always_fails() -> None:\n    assert False\n", encoding="utf-8"
    )
    spec, tests = candidate(tmp_path, add_response_field), "tests/release/test_fails_here.py"
    before = fingerprint(repo)
    code, outputs, summary = update(repo, "--spec", str(spec), "--tests", tests)
    assert (code, outputs["outcome"]) == (7, "tests-failed")
    assert "- tests/release/test_fails_here.py::test_always_fails" in summary
    assert fingerprint(repo) == before

    known = tmp_path / "known-failures.txt"
    known.write_text("tests/release/test_fails_here.py::test_always_fails\n", encoding="utf-8")
    code, outputs, summary = update(
        repo, "--spec", str(spec), "--tests", tests, "--baseline-failures", str(known)
    )
    assert (code, outputs["outcome"]) == (0, "updated"), summary
    assert "already failed before the update (not counted)" in summary
