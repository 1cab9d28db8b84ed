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
# Current majors: node24 runtimes (node20 was removed from GitHub's runners in September 2026); the PyPA
# publish action is pinned to its release branch, as its documentation asks.
CURRENT = {
    "actions/checkout": "v6",
    "actions/setup-python": "v6",
    "actions/setup-node": "v6",
    "actions/upload-artifact": "v7",
    "actions/download-artifact": "v8",
    "pypa/gh-action-pypi-publish": "release/v1",
}


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
    # The files named, not found: actionlint finds them only in a git checkout, and the tests also run in
    # plain copies of the tree (`make update` in the history replay).
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.y*ml"))
    assert workflows
    proc = subprocess.run(
        [str(actionlint), *workflows], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ci_lints_tests_and_builds_the_docs_on_every_push_and_pull_request() -> None:
    ci = load("ci.yml")
    assert set(ci["on"]) == {"push", "pull_request"}
    runs = [str(step.get("run", "")).strip() for step in steps(ci)]
    assert "make lint" in runs and "make test" in runs and "make docs" in runs


def test_the_ci_entry_point_runs_the_suite_and_builds_the_docs() -> None:
    commands = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert "make test" in commands and "make docs" in commands


def test_update_runs_make_update_on_a_schedule_and_by_hand_and_opens_one_pull_request() -> None:
    workflow = load("update-bindings.yml")
    assert set(workflow["on"]) == {"schedule", "workflow_dispatch"}
    (update,) = [step for step in steps(workflow) if str(step.get("run", "")).strip() == "make update"]
    assert update["id"] == "update" and "continue-on-error" not in update
    (pull_request,) = [step for step in steps(workflow) if "gh pr create" in str(step.get("run", ""))]
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


RELEASE = "release.yml"


def release_jobs() -> dict[str, dict[str, Any]]:
    jobs: dict[str, dict[str, Any]] = load(RELEASE)["jobs"]
    return jobs


def test_release_starts_on_version_tags_and_on_closed_pull_requests_only() -> None:
    workflow = load(RELEASE)
    assert workflow["on"] == {"push": {"tags": ["v*"]}, "pull_request": {"types": ["closed"]}}
    # Every closed pull request starts a run; in a concurrency group it would cancel a pending release.
    assert "concurrency" not in workflow


def test_release_takes_a_pull_request_only_when_merged_from_the_update_branch_of_this_repository() -> None:
    condition = " ".join(release_jobs()["version"]["if"].split())
    branch = load("update-bindings.yml")["env"]["BRANCH"]
    assert condition.startswith("github.event_name == 'push' || (")
    for clause in (
        "github.event.pull_request.merged == true",
        f"github.event.pull_request.head.ref == '{branch}'",
        "github.event.pull_request.head.repo.full_name == github.repository",
        "github.event.pull_request.base.ref == github.event.repository.default_branch",
    ):
        assert clause in condition
    assert " || " not in condition.split("(", 1)[1]  # every clause above is required, none is an alternative


def test_release_decides_and_tags_in_the_script_then_builds_the_tag_with_make_dist() -> None:
    jobs = release_jobs()
    version = jobs["version"]
    (decide,) = [step for step in job_steps(version) if "release_tag.py" in str(step.get("run", ""))]
    assert 'scripts/release_tag.py --tag "$GITHUB_REF_NAME"' in decide["run"]
    assert "scripts/release_tag.py --merged --push" in decide["run"]
    assert version["permissions"] == {"contents": "write"}  # pushes the tag; nothing else may write
    (checkout, *_) = job_steps(version)
    assert checkout["with"]["ref"] == "${{ github.event.pull_request.merge_commit_sha || github.sha }}"
    assert checkout["with"]["fetch-depth"] == 0  # the parent's version and the existing tags

    build = jobs["build"]
    assert build["needs"] == "version" and build["if"] == "needs.version.outputs.release == 'true'"
    assert [step["run"] for step in job_steps(build) if "run" in step] == ["make dist"]
    (checkout, *_) = job_steps(build)
    assert checkout["with"]["ref"] == "refs/tags/${{ needs.version.outputs.tag }}"
    assert "permissions" not in build  # the workflow's read-only default
    (upload,) = [s for s in job_steps(build) if s.get("uses", "").startswith("actions/upload-artifact@")]
    (download,) = [
        s for s in job_steps(jobs["publish"]) if s.get("uses", "").startswith("actions/download-artifact@")
    ]
    assert upload["with"]["name"] == download["with"]["name"] and upload["with"]["path"] == "dist/"


def test_release_publishes_with_trusted_publishing_and_no_stored_token() -> None:
    workflow = load(RELEASE)
    jobs = release_jobs()
    publish = jobs["publish"]
    assert workflow["permissions"] == {"contents": "read"}
    # The OIDC token exists in the publish job only, and that job runs no project code.
    assert publish["permissions"] == {"id-token": "write"}
    assert [name for name, job in jobs.items() if "id-token" in job.get("permissions", {})] == ["publish"]
    assert all("run" not in step for step in job_steps(publish))
    assert publish["environment"]["name"] == "pypi"
    assert set(publish["needs"]) == {"version", "build"}
    (upload,) = [
        s for s in job_steps(publish) if s.get("uses", "").startswith("pypa/gh-action-pypi-publish@")
    ]
    assert not {key for key in upload.get("with", {}) if key in {"password", "user", "username"}}
    assert not {key for key in upload.get("with", {}) if "token" in key.lower()}
    text = (WORKFLOWS / RELEASE).read_text(encoding="utf-8")
    assert "secrets." not in text and "password" not in text.lower()


AUTO_MERGE = "auto-merge when non-breaking"


def run_auto_merge_step(
    tmp_path: Path, *, token: str, breaking: str, gh_fails: str = ""
) -> tuple[int, str, list[str]]:
    """Run the update workflow's auto-merge step as GitHub's bash does, with a `gh` that records its calls.

    `gh_fails` is a word: a gh call whose arguments contain it exits 1, as GitHub's refusal would.
    """
    (step,) = [step for step in steps(load("update-bindings.yml")) if step.get("name") == AUTO_MERGE]
    calls = tmp_path / "calls"
    fake = tmp_path / "bin" / "gh"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> "{calls}"\n'
        f'case "$*" in *"{gh_fails or "@never@"}"*) echo refused >&2; exit 1;; esac\n'
        'case "$*" in "pr view"*) echo PR_node_id;; esac\n'
    )
    fake.chmod(0o755)
    env = {
        "PATH": f"{fake.parent}:/usr/bin:/bin",
        "BRANCH": load("update-bindings.yml")["env"]["BRANCH"],
        "GH_TOKEN": token,
        "BREAKING": breaking,
    }
    proc = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.returncode, proc.stdout, calls.read_text().splitlines() if calls.exists() else []


def test_update_arms_auto_merge_for_a_non_breaking_update_with_the_bot_token() -> None:
    (step,) = [step for step in steps(load("update-bindings.yml")) if step.get("name") == AUTO_MERGE]
    assert step["if"] == "steps.update.outputs.outcome == 'updated'" and "continue-on-error" not in step
    assert step["env"] == {
        # No GITHUB_TOKEN fallback: a merge it arms would start no release.
        "GH_TOKEN": "${{ secrets.UPDATE_BOT_TOKEN }}",
        "BREAKING": "${{ steps.update.outputs.breaking }}",
    }
    # Never `gh pr merge --auto`: with no required check it merges on the spot, before any CI.
    assert "--auto" not in step["run"].replace("--disable-auto", "")


def test_auto_merge_is_armed_by_the_mutation_that_cannot_merge_on_the_spot(tmp_path: Path) -> None:
    code, out, calls = run_auto_merge_step(tmp_path, token="t", breaking="false")
    assert code == 0 and "auto-merge armed" in out
    assert calls[0] == "pr view bot/update-bindings --json id --jq .id"
    assert calls[1].startswith("api graphql -f query=mutation($id: ID!) { enablePullRequestAutoMerge(")
    assert "mergeMethod: SQUASH" in calls[1] and calls[1].endswith("-f id=PR_node_id")


@pytest.mark.parametrize(
    ("token", "breaking", "gh_fails", "notice"),
    [
        ("", "false", "", "no secret UPDATE_BOT_TOKEN"),
        ("t", "false", "graphql", "GitHub refused auto-merge"),  # auto-merge not allowed, no required check
        ("t", "true", "--disable-auto", "breaking update"),  # nothing was armed: disarming fails, harmlessly
        ("t", "", "", "breaking update"),  # an unknown verdict is treated as breaking
    ],
)
def test_auto_merge_never_fails_the_job_and_says_why_it_did_not_arm(
    tmp_path: Path, token: str, breaking: str, gh_fails: str, notice: str
) -> None:
    code, out, calls = run_auto_merge_step(tmp_path, token=token, breaking=breaking, gh_fails=gh_fails)
    assert code == 0 and out.startswith("::notice::") and notice in out
    if not token:
        assert calls == []
    if breaking != "false" and token:
        assert calls == ["pr merge bot/update-bindings --disable-auto"]
