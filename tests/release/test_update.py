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


def update(repo: Path, *args: str, allow_local_pin: bool = True) -> tuple[int, dict[str, Any], str]:
    """Run the update in `repo`; the candidates here are local files, so pinning their path is allowed
    explicitly unless `allow_local_pin` is False."""
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
        [
            sys.executable,
            str(repo / "scripts" / "update.py"),
            "--work",
            str(work),
            *(["--allow-local-pin"] if allow_local_pin else []),
            *args,
        ],
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
    # The local pin was allowed explicitly, and the summary says what that means instead of "commit them".
    assert (outputs["pinned_url"], outputs["local_pin"]) == (str(spec), "true")
    assert f"- pinned URL: `{spec}` (a path on this machine only (--allow-local-pin)" in summary
    assert "do not commit spec/lock.json as is" in summary and "(commit them)" not in summary
    # The embedded drift report knows the update regenerates (issue 15).
    assert "run `make regen`" not in summary
    assert "`generated/` would change: yes (" in summary
    assert "this update regenerates it after moving the pin" in summary
    spec_info = json.loads(
        (repo / "src" / "venice" / "_generated" / "spec_info.json").read_text(encoding="utf-8")
    )
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


def test_a_local_candidate_is_not_pinned_by_its_path_without_the_flag(repo: Path, tmp_path: Path) -> None:
    """Issue 15: `make update SPEC=/local/file` must not write a machine-local path into the lock."""
    spec = candidate(tmp_path, add_response_field)
    before = fingerprint(repo)
    code, outputs, summary = update(repo, "--spec", str(spec), allow_local_pin=False)
    assert (code, outputs["outcome"], outputs["local_pin"]) == (2, "cannot-run", "false")
    assert f"- {spec} is a local file that spec/mirror.tsv does not list" in summary
    assert "pass --allow-local-pin (make: ALLOW_LOCAL_PIN=1)" in summary
    assert "the tree: untouched" in summary
    assert fingerprint(repo) == before


def test_a_moved_path_with_its_gap_still_there_is_a_broken_overlay_and_the_tree_is_restored(
    repo: Path, tmp_path: Path
) -> None:
    def move_image_styles(doc: dict[str, Any]) -> None:
        doc["paths"]["/image/style-list"] = doc["paths"].pop("/image/styles")

    before = fingerprint(repo)
    code, outputs, summary = update(repo, "--spec", str(candidate(tmp_path, move_image_styles)))
    assert (code, outputs["outcome"]) == (4, "overlay-broken"), summary
    assert (
        "01-operation-ids.overlay.yaml action 0: target $.paths['/image/styles'].get matched nothing"
        in summary
    )
    assert "the tree: restored" in summary
    assert fingerprint(repo) == before


def test_a_new_test_failure_stops_the_update_and_an_old_one_does_not(repo: Path, tmp_path: Path) -> None:
    # Parametrized with spaces in its id, as the README's CLI commands are: a known failure is
    # still recognised by its whole id.
    (repo / "tests" / "release" / "test_fails_here.py").write_text(
        "import pytest\n\n\n"
        "@pytest.mark.parametrize('command', ['venice music \"a sea shanty\"'])\n"
        "def test_always_fails(command: str) -> None:\n    assert False\n",
        encoding="utf-8",
    )
    spec, tests = candidate(tmp_path, add_response_field), "tests/release/test_fails_here.py"
    before = fingerprint(repo)
    code, outputs, summary = update(repo, "--spec", str(spec), "--tests", tests)
    assert (code, outputs["outcome"]) == (7, "tests-failed")
    failing = 'tests/release/test_fails_here.py::test_always_fails[venice music "a sea shanty"]'
    assert f"- {failing}" in summary
    assert fingerprint(repo) == before

    known = tmp_path / "known-failures.txt"
    known.write_text(f"{failing}\n", encoding="utf-8")
    code, outputs, summary = update(
        repo, "--spec", str(spec), "--tests", tests, "--baseline-failures", str(known)
    )
    assert (code, outputs["outcome"]) == (0, "updated"), summary
    assert "already failed before the update (not counted)" in summary


# A user's code against the updated bindings: correct calls of the three new methods, and one
# misspelt argument each (the lines marked `error`), for mypy --strict and pyright.
USER_CODE = """\
from venice import Venice

client = Venice()
colorized = client.images.colorize(image="iVBORw0KGgo=", model="colorize-v2", strength=0.5)
print(colorized.id, colorized.images[0])
invoices = client.billing.invoices(limit=5, status="paid")
print(invoices.data[0].amount + 1.0)
job = client.video.retrieve_job("123e4567")
print(job.status)
client.images.colorize(image="x", strenght=0.5)  # error
client.billing.invoices(limt=5)  # error
client.video.retrieve_job("q", queue=1)  # error
"""

# The same calls at run time, against a transport that records what would be sent.
RUN_CODE = """\
import json, httpx, venice
sent = []
def answer(request):
    sent.append(request)
    bodies = {"colorize": {"id": "c", "images": ["x"]},
              "invoices": {"data": [{"id": "i", "amount": 2.5, "status": "paid"}]}}
    job = {"queue_id": "q", "status": "QUEUED"}
    body = next((b for k, b in bodies.items() if k in request.url.path), job)
    return httpx.Response(200, json=body)
client = venice.Venice(api_key="k", base_url="http://127.0.0.1:9/api/v1",
                       http_client=httpx.Client(transport=httpx.MockTransport(answer)))
results = [
    type(client.images.colorize(image="abc", strength=0.5)).__name__,
    client.billing.invoices(limit=5, status="paid").data[0].amount,
    client.video.retrieve_job("q 1").status,
]
requests = [[r.method, str(r.url), r.content.decode()] for r in sent]
refused = []
for bad in (lambda: client.images.colorize(image="x", colour=1),
            lambda: client.images.colorize(image="x", model="colorize-v9"),
            lambda: client.images.colorize(model="colorize-v1"),
            lambda: client.billing.invoices(status="due"),
            lambda: client.video.retrieve_job("..")):
    try:
        bad()
    except (TypeError, ValueError) as exc:
        refused.append(type(exc).__name__)
print(json.dumps({"results": results, "requests": requests, "refused": refused, "sent": len(sent)}))
"""


def _checkers(repo: Path, source: str) -> dict[str, list[int]]:
    """Lines each checker reports in `source` (a user's file in the updated copy)."""
    user = repo / "user_code.py"
    user.write_text(source, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo / "src"), str(repo / "generated")])}
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--no-incremental", str(user)],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    pyright = subprocess.run(
        [str(ROOT / "node_modules" / ".bin" / "pyright"), str(user)],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    found = {
        "mypy": sorted({int(m) for m in re.findall(r"user_code\.py:(\d+): error", mypy.stdout)}),
        "pyright": sorted({int(m) for m in re.findall(r"user_code\.py:(\d+):\d+ - error", pyright.stdout)}),
    }
    return found


ROOT = Path(__file__).resolve().parents[2]


def test_new_operations_become_methods_with_no_person(repo: Path, tmp_path: Path) -> None:
    from _new_operations import NEW_OPERATIONS, with_new_operations

    pinned = load_spec(pull(Lock.read()))
    if any(path in pinned["paths"] for _method, path in NEW_OPERATIONS.values()):
        pytest.skip("the pinned spec already has these operations (it is the candidate of this test)")
    old_version = release.read_version(repo / "src" / "venice" / "_version.py")
    tests = "tests/contract/test_coverage.py tests/unit/test_operations.py"
    code, outputs, summary = update(
        repo, "--spec", str(candidate(tmp_path, with_new_operations)), "--tests", tests
    )
    assert (code, outputs["outcome"]) == (0, "updated"), summary
    # Non-breaking drift on 0.x is a patch release (a minor one from 1.0 on).
    assert outputs["version"] == release.bumped(old_version, "patch")
    entry = Path(outputs["changelog_entry_file"]).read_text(encoding="utf-8")
    for route, method in (
        ("POST /image/colorize", "images.colorize"),
        ("GET /billing/invoices", "billing.invoices"),
        ("GET /video/jobs/{queue_id}", "video.retrieve_job"),
    ):
        assert f"- `{route}`: `client.{method}` (name derived by the naming rule" in entry
        assert f"- `{route}` -> `client.{method}`" in summary
    generated = repo / "src" / "venice" / "resources"
    assert "def colorize(" in (generated / "images.py").read_text(encoding="utf-8")

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo / "src"), str(repo / "generated")])}
    out = subprocess.run(
        [sys.executable, "-c", RUN_CODE], capture_output=True, text=True, env=env, check=True
    )
    ran = json.loads(out.stdout)
    assert ran["results"] == ["ColorizeImageResponse", 2.5, "QUEUED"]
    assert ran["requests"] == [
        ["POST", "http://127.0.0.1:9/api/v1/image/colorize", '{"image":"abc","strength":0.5}'],
        ["GET", "http://127.0.0.1:9/api/v1/billing/invoices?limit=5&status=paid", ""],
        ["GET", "http://127.0.0.1:9/api/v1/video/jobs/q%201", ""],
    ]
    assert ran["refused"] == ["TypeError", "TypeError", "TypeError", "TypeError", "ValueError"]
    assert ran["sent"] == 3  # nothing was sent for the five mistakes

    marked = [n for n, line in enumerate(USER_CODE.splitlines(), 1) if line.endswith("# error")]
    assert _checkers(repo, USER_CODE) == {"mypy": marked, "pyright": marked}


def test_a_removed_operation_leaves_the_bindings_and_a_renamed_one_keeps_its_method(
    repo: Path, tmp_path: Path
) -> None:
    """One upstream change that removes an operation and renames another's operationId (one
    update run for both: each run regenerates and tests a copy of the project)."""
    from _new_operations import without_operation

    def remove_reviews_and_rename_traits(doc: dict[str, Any]) -> None:
        without_operation(doc, "getCharacterReviews")
        doc["paths"]["/models/traits"]["get"]["operationId"] = "getModelTraits"

    if "/characters/{slug}/reviews" not in load_spec(pull(Lock.read()))["paths"]:
        pytest.skip("the pinned spec has no GET /characters/{slug}/reviews to remove")

    old_version = release.read_version(repo / "src" / "venice" / "_version.py")
    tests = "tests/contract/test_coverage.py tests/unit/test_operations.py"
    code, outputs, summary = update(
        repo, "--spec", str(candidate(tmp_path, remove_reviews_and_rename_traits)), "--tests", tests
    )
    assert (code, outputs["outcome"], outputs["breaking"]) == (0, "updated", "true"), summary
    # Breaking drift on 0.x is a minor release (a major one from 1.0 on).
    assert outputs["version"] == release.bumped(old_version, "minor")
    entry = Path(outputs["changelog_entry_file"]).read_text(encoding="utf-8")
    config = (repo / "bindings.yaml").read_text(encoding="utf-8")

    # The removed operation: its method and its bindings.yaml line are gone.
    assert "- `GET /characters/{slug}/reviews`: `client.characters.list_reviews` is gone" in entry
    assert "getCharacterReviews" not in config and "getCharacterBySlug: characters.retrieve" in config
    assert "- `getCharacterReviews` left the spec: its line is deleted" in summary
    characters = (repo / "src" / "venice" / "resources" / "characters.py").read_text(encoding="utf-8")
    assert "def list_reviews(" not in characters and "/reviews" not in characters
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo / "src"), str(repo / "generated")])}
    probe = "import venice; print(hasattr(venice.Venice(api_key='k').characters, 'list_reviews'))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"

    # The renamed operationId: the same method, its bindings.yaml line follows the new id.
    assert "  getModelTraits: models.traits\n" in config and "listModelTraits" not in config
    assert "`listModelTraits` -> `getModelTraits` (the method keeps its name)" in entry
    assert "named by the rule" not in summary.split("### Steps")[0]
