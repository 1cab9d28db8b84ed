"""The scheduled CI job cannot run here; check that it is wired to the tested entry point and thresholds."""

from __future__ import annotations

from typing import Any

from pipeline.specio import parse_document
from specs_mirror import REPO

WORKFLOW = REPO / ".github" / "workflows" / "spec-drift.yml"


def load() -> dict[str, Any]:
    # YAML 1.2: the `on:` key stays the string "on" (a YAML 1.1 loader would make it True).
    return parse_document(WORKFLOW.read_bytes(), source=str(WORKFLOW))


def test_runs_daily_and_by_hand() -> None:
    triggers = load()["on"]
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    (entry,) = triggers["schedule"]
    minute, hour, day, month, weekday = entry["cron"].split()
    assert (day, month, weekday) == ("*", "*", "*")
    assert minute.isdigit() and hour.isdigit()


def test_runs_make_drift_and_fails_only_from_exit_2() -> None:
    steps = load()["jobs"]["drift"]["steps"]
    (drift,) = [s for s in steps if "make drift" in str(s.get("run", ""))]
    assert drift["run"].strip() == "make drift"
    assert drift["env"]["DRIFT_FAIL_AT"] == "2"
    assert "continue-on-error" not in drift
    assert drift["env"]["SPEC"] == "${{ inputs.spec }}"
