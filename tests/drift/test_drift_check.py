"""`scripts/drift_check.py` (what `make drift` runs), end to end through `scripts/regen.py`.

These run the real regeneration pipeline in a subprocess (a few seconds each); they need `scripts/regen.py`
and the spec mirror, and fail (not skip) without them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pipeline.drift import pipeline_check
from pipeline.pull import Lock, pull
from pipeline.specio import sha256_bytes
from specs_mirror import HISTORY, PAIR_0308, PINNED, REPO

SCRIPT = REPO / "scripts" / "drift_check.py"


def drift_check(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "DRIFT_"))}
    full_env.update(env or {})
    command = [sys.executable, str(SCRIPT), *args]
    return subprocess.run(command, capture_output=True, text=True, env=full_env, timeout=600, check=False)


def test_older_history_spec_is_breaking_and_names_the_overlay_action_that_no_longer_applies(
    tmp_path: Path,
) -> None:
    # A fixed pair of real specs (the mirror's newest as the base), whichever spec is pinned.
    report = tmp_path / "drift.json"
    proc = drift_check("--base", str(PINNED), "--spec", str(HISTORY / PAIR_0308[0]), "--json", str(report))
    assert proc.returncode == 2, proc.stderr
    # 02: the `text` response_format member came later; 06: the x402 wallet endpoints did not exist yet;
    # 11: the chat `cost` and the music endpoints (/audio/queue, /audio/retrieve) came later;
    # 15: the `file` content part of chat messages came later; 16: the CSV export of the usage history
    # and the JPEG/WebP answers of the image edits came later.
    assert "- overlay actions that no longer match: 9" in proc.stdout
    assert "`02-chat-response-format.overlay.yaml` action 0" in proc.stdout
    assert "`06-wallet-address-examples.overlay.yaml` action 0" in proc.stdout
    # The gaps are absent from the older spec: obsolete overlays and actions, not work for a person.
    assert "- overlay health: 15 applied, 1 obsolete" in proc.stdout
    assert "`06-wallet-address-examples.overlay.yaml` obsolete: every action" in proc.stdout
    assert "**Exit code 2: breaking drift.**" in proc.stdout
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["exit_code"] == 2
    assert data["diff"]["old_version"] == "20260821.193530"
    assert data["diff"]["new_version"] == "20260308.134634"
    assert "POST /audio/complete" in data["diff"]["operations_removed"]
    unmatched = data["pipeline"]["unmatched_overlay_actions"]
    assert [(a["file"], a["index"]) for a in unmatched] == [
        ("02-chat-response-format.overlay.yaml", 0),
        ("06-wallet-address-examples.overlay.yaml", 0),
        ("11-response-names.overlay.yaml", 5),
        ("11-response-names.overlay.yaml", 20),
        ("11-response-names.overlay.yaml", 21),
        ("15-request-names.overlay.yaml", 4),
        ("16-answer-selection.overlay.yaml", 9),
        ("16-answer-selection.overlay.yaml", 10),
        ("16-answer-selection.overlay.yaml", 11),
    ]
    assert data["pipeline"]["broken_overlay_actions"] == []
    health = {item["file"]: item for item in data["pipeline"]["overlay_health"]}
    assert health["02-chat-response-format.overlay.yaml"]["obsolete_actions"] == [0]
    assert data["pipeline"]["failure"] is None
    # generated/ is the pinned spec's output: regenerating from the older spec changes it, unless that
    # spec is the one pinned (a history replay pins it).
    older_is_pinned = sha256_bytes((HISTORY / PAIR_0308[0]).read_bytes()) == Lock.read().sha256
    assert data["pipeline"]["generated"]["changed"] is not older_is_pinned


def test_the_pinned_spec_against_itself_is_no_drift() -> None:
    proc = drift_check("--spec", str(pull(Lock.read())))  # whatever is pinned now
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No drift: the two specs have the same content." in proc.stdout
    # Older pinned specs lack what later overlays patch: obsolete there, never broken.
    assert ", 0 broken (a person must retarget them)" in proc.stdout
    assert "- operations the generator drops: 0" in proc.stdout


def test_ci_outputs_and_fail_threshold(tmp_path: Path) -> None:
    summary, outputs = tmp_path / "summary.md", tmp_path / "outputs"
    env = {"GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(outputs), "DRIFT_FAIL_AT": "2"}
    old, new = (str(HISTORY / name) for name in PAIR_0308)
    proc = drift_check("--base", old, "--spec", new, env=env)
    # Non-breaking drift is exit 1, which DRIFT_FAIL_AT=2 lets pass; the real code is still published.
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "exit_code=1\n" in outputs.read_text(encoding="utf-8")
    assert summary.read_text(encoding="utf-8") == proc.stdout
    assert "Drift, none of it breaking for callers." in proc.stdout


def test_unreadable_spec_is_a_pipeline_failure(tmp_path: Path) -> None:
    broken = tmp_path / "swagger.yaml"
    broken.write_text("openapi: [unclosed\n", encoding="utf-8")
    proc = drift_check("--spec", str(broken))
    assert proc.returncode == 3
    assert "the check could not run" in proc.stdout


def test_regeneration_failure_is_a_pipeline_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    failing = tmp_path / "regen.py"
    failing.write_text(
        "import sys\nprint('generator exploded', file=sys.stderr)\nsys.exit(1)\n", encoding="utf-8"
    )
    monkeypatch.setattr(pipeline_check, "REGEN", failing)
    findings = pipeline_check.check(pull(Lock.read()), tmp_path)
    assert findings.failure == "regen exited 1: generator exploded"
    assert findings.generated is None


def test_tree_comparison(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for root in (a, b):
        (root / "pkg" / "__pycache__").mkdir(parents=True)
        (root / "pkg" / "same.py").write_text("x = 1\n")
    (a / "pkg" / "gone.py").write_text("")
    (b / "pkg" / "new.py").write_text("")
    (a / "pkg" / "edit.py").write_text("x = 1\n")
    (b / "pkg" / "edit.py").write_text("x = 2\n")
    (b / "pkg" / "__pycache__" / "new.cpython-311.pyc").write_bytes(b"\0")
    diff = pipeline_check.compare_trees(a, b)
    assert (diff.added, diff.removed, diff.modified) == (["pkg/new.py"], ["pkg/gone.py"], ["pkg/edit.py"])


def test_names_the_rule_chose_and_stale_entries_are_listed_not_work(monkeypatch: pytest.MonkeyPatch) -> None:
    findings = pipeline_check.PipelineFindings(
        derived_names={"colorizeImage": "images.colorize"}, stale_names={"oldThing": "old.thing"}
    )
    assert not findings.needs_work()
    monkeypatch.syspath_prepend(str(SCRIPT.parent))
    import drift_check

    text = drift_check.render_pipeline(findings)
    assert "- methods the naming rule names (rename them in bindings.yaml if you like): 1" in text
    assert "colorizeImage -> images.colorize" in text and "oldThing -> old.thing" in text
