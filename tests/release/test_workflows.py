"""The GitHub workflows cannot run here: check they run the tested entry points, and lint them."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pipeline.specio import parse_document

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
# Current majors: node24 runtimes (node20 was removed from GitHub's runners in September 2026).
CURRENT = {"actions/checkout": "v6", "actions/setup-python": "v6", "actions/setup-node": "v6"}


def load(name: str) -> dict[str, Any]:
    return parse_document((WORKFLOWS / name).read_bytes(), source=name)  # YAML 1.2: `on` stays "on"


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


@pytest.mark.parametrize("name", sorted(p.name for p in WORKFLOWS.glob("*.yml")))
def test_every_action_is_on_its_current_major(name: str) -> None:
    for step in steps(load(name)):
        if "uses" in step:
            action, _, version = step["uses"].partition("@")
            assert CURRENT.get(action) == version, f"{name}: {step['uses']} (known: {CURRENT})"


def test_actionlint_passes() -> None:
    actionlint = Path(sys.executable).parent / "actionlint"
    proc = subprocess.run([str(actionlint)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ci_lints_and_tests_every_push_and_pull_request() -> None:
    ci = load("ci.yml")
    assert set(ci["on"]) == {"push", "pull_request"}
    runs = [str(step.get("run", "")).strip() for step in steps(ci)]
    assert "make lint" in runs and "make test" in runs


def test_update_runs_make_update_on_a_schedule_and_by_hand_and_opens_one_pull_request() -> None:
    workflow = load("update-bindings.yml")
    assert set(workflow["on"]) == {"schedule", "workflow_dispatch"}
    (update,) = [step for step in steps(workflow) if str(step.get("run", "")).strip() == "make update"]
    assert update["id"] == "update" and "continue-on-error" not in update
    (pull_request,) = [step for step in steps(workflow) if "gh pr" in str(step.get("run", ""))]
    assert pull_request["if"] == "steps.update.outputs.outcome == 'updated'"
    script = pull_request["run"]
    assert pull_request["env"]["ENTRY"] == "${{ steps.update.outputs.changelog_entry_file }}"
    assert '--body-file "$ENTRY"' in script and "--add-label breaking" in script
    # The only push is to the bot branch, and the script refuses to run if that were the default branch.
    assert re.findall(r"git push[^\n]*", script) == ['git push --force origin "HEAD:refs/heads/$BRANCH"']
    assert workflow["env"]["BRANCH"] == "bot/update-bindings"
    assert script.lstrip().startswith('test "$BRANCH" != "$BASE"')


def job_steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def declared_pythons() -> list[str]:
    """The `Programming Language :: Python :: 3.X` classifiers of pyproject.toml, in order."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    prefix = "Programming Language :: Python :: "
    versions = [c[len(prefix) :] for c in project["classifiers"] if re.fullmatch(r".* :: 3\.\d+", c)]
    assert versions, "pyproject.toml declares no `Programming Language :: Python :: 3.X` classifier"
    assert project["requires-python"] == f">={versions[0]}", "requires-python and the oldest classifier"
    return versions


@pytest.mark.parametrize("command", ["make lint", "make test"])
def test_ci_runs_lint_and_the_suite_on_every_python_the_classifiers_declare(command: str) -> None:
    (job,) = [job for job in load("ci.yml")["jobs"].values() if command in str(job["steps"])]
    assert job["strategy"]["matrix"]["python"] == declared_pythons()
    assert job["strategy"]["fail-fast"] is False  # one Python failing still reports the others
    (setup,) = [step for step in job_steps(job) if step.get("uses", "").startswith("actions/setup-python@")]
    assert setup["with"]["python-version"] == "${{ matrix.python }}"


def test_ci_has_one_check_that_passes_only_when_every_lint_and_test_job_did() -> None:
    jobs = load("ci.yml")["jobs"]
    passed = jobs["passed"]
    assert passed["if"] == "always()" and set(passed["needs"]) == set(jobs) - {"passed"}
    (step,) = passed["steps"]
    assert step["env"] == {name.upper(): f"${{{{ needs.{name}.result }}}}" for name in passed["needs"]}
    assert step["run"].strip() == " && ".join(f'test "${name.upper()}" = success' for name in passed["needs"])
