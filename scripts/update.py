"""`make update`: bring the bindings up to a new upstream spec, or say exactly why a person is needed.

Usage:
  python scripts/update.py                       # candidate: the live spec (source_url in spec/lock.json)
  python scripts/update.py --spec PATH_OR_URL    # candidate: a file or URL
  options: --allow-local-pin (pin a local file spec/mirror.tsv does not list: a local trial, not a commit),
  --keep (leave a stopped update in the tree for inspection), --tests "ARGS" (pytest arguments
  instead of the whole suite), --baseline-failures FILE (test ids already failing before the update),
  --work DIR (reports and backups; default .work/update)

Steps: fetch the candidate; if its sha256 is the pinned one, stop (up to date). Choose the pinned URL
spec/lock.json records: the candidate URL, or for a local file the upstream URL the mirror manifest
(spec/mirror.tsv) gives for its sha256; any other local path stops the update (cannot-run) unless
--allow-local-pin, and then the summary says the lock names a path on this machine. Run the drift report
(`scripts/drift_check.py`) against the pinned spec; move the pin (spec/lock.json, cached spec);
regenerate strictly (which also writes the binding layer: a new operation becomes a method, named by
bindings.yaml or by the naming rule, and a removed one's method goes with it); run the whole test
suite (`scripts/run_tests.py`, what `make test` runs); then write the CHANGELOG entry and the new version
(`pipeline.release`: the bump follows the drift classification).

Outcomes and exit codes:
  0 up-to-date           the candidate is the pinned spec; nothing written
  0 updated              pin moved, generated/ regenerated, tests green, CHANGELOG and version written
  2 cannot-run           the candidate cannot be fetched or is not an OpenAPI 3 document
  3 pipeline-failed      the pipeline cannot handle the candidate (regeneration fails outright)
  4 overlay-broken       an overlay's target moved while the gap it closes is still there
  5 generation-incomplete  operations dropped, generator warnings or unreturnable content types
  7 tests-failed         tests that passed before fail on the new spec
Exit 1 means the script itself failed (a traceback; the tree is restored all the same). Every stop puts
spec/lock.json, the cached spec, generated/, CHANGELOG.md and the version file back as
they were, unless --keep. The Markdown summary goes to stdout and WORK/summary.md, the new CHANGELOG
entry to WORK/changelog-entry.md; under GitHub Actions the summary is appended to $GITHUB_STEP_SUMMARY and
`outcome`, `exit_code`, `breaking`, `version`, ... are written to $GITHUB_OUTPUT.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shlex
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import drift_check
from pipeline import generate, naming, regen, release, testrun
from pipeline.drift import BREAKING, EXIT_PIPELINE_FAILED
from pipeline.pull import (
    CACHE_PATH,
    LOCAL_PIN_FLAG,
    LOCK_PATH,
    Lock,
    PinSource,
    durable_url,
    fetch,
    pull,
    validate,
)
from pipeline.snapshot import Snapshot
from pipeline.specio import SpecError, sha256_bytes

ROOT = regen.ROOT
DEFAULT_WORK = ROOT / ".work" / "update"

EXIT_CODES = {
    "up-to-date": 0,
    "updated": 0,
    "cannot-run": 2,
    "pipeline-failed": 3,
    "overlay-broken": 4,
    "generation-incomplete": 5,
    "tests-failed": 7,
}
MEANING = {
    "up-to-date": "the candidate is the pinned spec; nothing to do",
    "updated": "the bindings follow the new spec, the tests pass, the CHANGELOG and version are written",
    "cannot-run": "the candidate spec cannot be fetched or read",
    "pipeline-failed": "the pipeline cannot handle the new spec",
    "overlay-broken": "an overlay no longer applies while the gap it closes is still there",
    "generation-incomplete": "the generator drops or cannot fully type part of the new spec",
    "tests-failed": "tests fail on the new spec",
}


REGEN_NOTE = "this update regenerates it after moving the pin: see its steps"
LOCAL_WARNING = (
    f"a path on this machine only ({LOCAL_PIN_FLAG}): before committing, pin a URL that serves the same "
    "bytes, or add the file to the mirror manifest spec/mirror.tsv"
)


class Stop(Exception):
    """An outcome that ends the update early; `reasons` say what a person must look at."""

    def __init__(self, outcome: str, reasons: list[str]) -> None:
        super().__init__(outcome)
        self.outcome, self.reasons = outcome, reasons


@dataclass
class Step:
    name: str
    seconds: float
    result: str


@dataclass
class Update:
    """Everything the summary reports."""

    candidate: str
    outcome: str = ""
    reasons: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    spec_version: str = ""
    spec_sha256: str = ""
    previous: Lock | None = None
    pin: PinSource | None = None  # what spec/lock.json's pinned_url becomes
    drift: dict[str, Any] = field(default_factory=dict)
    drift_markdown: str = ""
    overlay_health: list[dict[str, Any]] = field(default_factory=list)
    previous_version: str = ""
    version: str = ""
    level: str = ""
    entry: str = ""
    known_failures: list[str] = field(default_factory=list)
    tree: str = "untouched"
    method_paths: dict[str, str] = field(default_factory=dict)  # "METHOD /path" -> method path (new spec)
    previous_method_paths: dict[str, str] = field(default_factory=dict)  # ... in the pinned spec before
    derived_names: dict[str, str] = field(default_factory=dict)  # "METHOD /path" -> a name the rule chose
    stale_names: dict[str, str] = field(default_factory=dict)  # bindings.yaml entries with no operation
    renamed_ids: dict[str, str] = field(default_factory=dict)  # upstream operationId renames followed
    deleted_names: list[str] = field(default_factory=list)  # bindings.yaml entries of removed operations

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.outcome]

    @property
    def breaking(self) -> bool:
        return bool(self.drift.get("diff", {}).get("summary", {}).get("status") == BREAKING)

    @contextmanager
    def step(self, name: str) -> Iterator[list[str]]:
        """Time a step; the body may append a one-line result."""
        start, result = time.perf_counter(), ["ok"]
        try:
            yield result
        except Stop as stop:
            result[:] = [stop.outcome]
            raise
        finally:
            self.steps.append(Step(name, time.perf_counter() - start, result[-1]))


def run(
    spec: str | None,
    work: Path,
    *,
    keep: bool = False,
    test_args: list[str] | None = None,
    baseline_failures: frozenset[str] = frozenset(),
    today: Callable[[], datetime.date] = datetime.date.today,
    allow_local_pin: bool = False,
) -> Update:
    lock = Lock.read()
    update = Update(candidate=spec or lock.source_url, previous=lock)
    work.mkdir(parents=True, exist_ok=True)
    try:
        candidate = fetch_candidate(update, work)
        if update.spec_sha256 == lock.sha256:
            update.outcome = "up-to-date"
            return update
        try:
            update.pin = durable_url(update.candidate, update.spec_sha256, allow_local=allow_local_pin)
        except SpecError as exc:
            raise Stop("cannot-run", [str(exc)]) from None
        base = work / "pinned-before.yaml"
        try:
            base.write_bytes(pull(lock).read_bytes())
        except SpecError as exc:
            raise Stop("cannot-run", [f"the pinned spec cannot be read: {exc}"]) from None
        run_drift(update, candidate, work)
        snapshot = Snapshot(
            [
                LOCK_PATH,
                CACHE_PATH,
                *(regen.ROOT / part for part in regen.OUTPUTS),
                release.CHANGELOG,
                release.VERSION_FILE,
                naming.CONFIG_PATH,
            ],
            work / "backup",
        )
        update.tree = (
            "changed: spec/lock.json, generated/, bindings.yaml (if named operations were renamed or "
            "removed upstream), CHANGELOG.md and src/venice/_version.py "
            + (
                "(a local trial: do not commit spec/lock.json as is, its pinned_url is a path on this "
                "machine only)"
                if update.pin.local
                else "(commit them)"
            )
        )
        try:
            name_previous(update, base)
            follow_names(update, base, candidate)
            pinned = move_pin(update, candidate, lock)
            regenerate(update, pinned, work)
            run_tests(update, work, test_args, baseline_failures)
            write_release(update, today())
        except BaseException:
            if not keep:
                snapshot.restore()
                update.tree = "restored"
            else:
                update.tree = "kept as the stop left it (--keep): inspect, then `git checkout` to undo"
            raise
        update.outcome = "updated"
    except Stop as stop:
        update.outcome, update.reasons = stop.outcome, stop.reasons
    return update


def fetch_candidate(update: Update, work: Path) -> Path:
    with update.step("fetch the candidate spec") as result:
        try:
            data = fetch(update.candidate)
            update.spec_version = validate(data, source=update.candidate)
        except SpecError as exc:
            raise Stop("cannot-run", [str(exc)]) from None
        update.spec_sha256 = sha256_bytes(data)
        candidate = work / "candidate.yaml"
        candidate.write_bytes(data)
        result.append(f"info.version {update.spec_version}, sha256 {update.spec_sha256[:12]}")
    return candidate


def run_drift(update: Update, candidate: Path, work: Path) -> None:
    with update.step("drift report") as result:
        scratch = work / "drift"
        if scratch.exists():
            shutil.rmtree(scratch)
        scratch.mkdir()
        code, markdown, data = drift_check.run(str(candidate), None, scratch, regen_note=REGEN_NOTE)
        update.drift, update.drift_markdown = data, markdown
        (work / "drift.json").write_text(
            json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        pipeline = data.get("pipeline") or {}
        update.overlay_health = list(pipeline.get("overlay_health") or [])
        if code == EXIT_PIPELINE_FAILED:
            raise Stop("pipeline-failed", [str(pipeline.get("failure") or data.get("failure") or "unknown")])
        result.append(str(data["diff"]["summary"]["status"]))


def move_pin(update: Update, candidate: Path, old: Lock) -> Path:
    with update.step("move the pin"):
        assert update.pin is not None
        new = Lock(old.source_url, update.pin.url, update.spec_version, update.spec_sha256)
        pinned = pull(new, source=str(candidate))  # verifies the sha256 and refreshes the cache
        new.write()
    return pinned


def regenerate(update: Update, pinned: Path, work: Path) -> None:
    with update.step("regenerate (strict)") as result:
        report = regen.run(pinned, regen.ROOT, strict=True)
        (work / "regen-report.json").write_text(
            json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8"
        )
        update.overlay_health = report.overlay_health or update.overlay_health
        if report.broken_overlay_actions:
            raise Stop("overlay-broken", report.broken_overlay_actions)
        incomplete = [f"operation not generated: {op}" for op in report.missing_operations]
        incomplete += [f"generator warning: {w}" for w in report.generator_warnings]
        incomplete += [f"unreturnable content type: {c}" for c in report.unreturnable_content_types]
        if incomplete:
            raise Stop("generation-incomplete", incomplete)
        if not report.ok:
            raise Stop("pipeline-failed", report.errors)
        update.method_paths = dict(report.method_paths)
        routes = {method_path: route for route, method_path in report.method_paths.items()}
        update.derived_names = {routes[p]: p for p in report.derived_names.values() if p in routes}
        update.stale_names = dict(report.stale_names)
        result.append(
            f"{len(report.generated_operations)} operations, {len(report.derived_names)} named by the rule"
        )


def follow_names(update: Update, base: Path, candidate: Path) -> None:
    """Keep bindings.yaml in step: an operationId renamed upstream on the same route keeps its method
    (the entry is re-keyed); the entry of a removed operation is deleted (its method goes)."""
    with update.step("follow the names") as result:
        try:
            before = naming.route_ids(regen.overlaid_spec(base)[0])
            after = naming.route_ids(regen.overlaid_spec(candidate)[0])
        except SpecError as exc:
            raise Stop("pipeline-failed", [str(exc)]) from None
        text = naming.CONFIG_PATH.read_text(encoding="utf-8")
        new_text, renames, deleted = naming.follow_upstream(text, before, after)
        if new_text != text:
            naming.CONFIG_PATH.write_text(new_text, encoding="utf-8")
        update.renamed_ids, update.deleted_names = renames, deleted
        result.append(f"{len(renames)} re-keyed, {len(deleted)} deleted")


def name_previous(update: Update, base: Path) -> None:
    """The method path of every operation of the pinned spec, before the update: what a removed
    operation's method was called."""
    try:
        doc, _repairs, _unmatched = regen.overlaid_spec(base)
        update.previous_method_paths = naming.by_route(doc, naming.names_for(doc))
    except SpecError:
        update.previous_method_paths = {}


def run_tests(update: Update, work: Path, test_args: list[str] | None, baseline: frozenset[str]) -> None:
    with update.step(
        "run the tests" + (f" ({shlex.join(test_args)})" if test_args else " (whole suite)")
    ) as result:
        # The tree was regenerated (strict) a step ago: no second regeneration to check it.
        suite = testrun.run_suite(
            test_args or [], work / "tests.log", work / "junit.xml", check_generated=False
        )
        update.known_failures = sorted(set(suite.failures) & baseline)
        new_failures = [name for name in suite.failures if name not in baseline]
        if suite.returncode != 0 and (new_failures or not suite.ran_pytest):
            reasons = new_failures or [f"the test command failed before pytest ran: see {suite.log}"]
            raise Stop("tests-failed", reasons)
        result.append(
            f"{suite.collected} tests, {len(suite.failures)} failed ({len(update.known_failures)} known)"
        )


def write_release(update: Update, today: datetime.date) -> None:
    with update.step("CHANGELOG and version") as result:
        assert update.previous is not None
        diff = update.drift["diff"]
        update.previous_version = release.read_version()
        update.level = release.bump_level(diff["summary"]["status"], update.previous_version)
        update.version = release.bumped(update.previous_version, update.level)
        entry = release.Entry(
            version=update.version,
            date=today.isoformat(),
            spec_version=update.spec_version,
            spec_sha256=update.spec_sha256,
            operations=generated_operation_count(),
            previous_spec_version=update.previous.info_version,
            previous_spec_sha256=update.previous.sha256,
            status=diff["summary"]["status"],
            level=update.level,
            diff=diff,
            obsolete_overlays=obsolete_overlays(update.overlay_health),
            method_paths=update.method_paths,
            previous_method_paths=update.previous_method_paths,
            derived=sorted(update.derived_names),
            stale_names=[f"`{op}: {path}`" for op, path in sorted(update.stale_names.items())],
            renamed_ids=update.renamed_ids,
        )
        update.entry = entry.render()
        existing = release.CHANGELOG.read_text(encoding="utf-8") if release.CHANGELOG.is_file() else ""
        release.CHANGELOG.write_text(release.insert_entry(existing, update.entry), encoding="utf-8")
        release.write_version(update.version)
        result.append(f"{update.previous_version} -> {update.version} ({update.level})")


def generated_operation_count() -> int:
    info = regen.ROOT / regen.VENICE / "_generated" / generate.SPEC_INFO_FILE
    return int(json.loads(info.read_text(encoding="utf-8"))["operations"])


def obsolete_overlays(health: list[dict[str, Any]]) -> list[str]:
    found = []
    for item in health:
        if item["status"] == "obsolete":
            found.append(f"`{item['file']}` (every action)")
        elif item.get("obsolete_actions"):
            found.append(f"`{item['file']}` actions {item['obsolete_actions']}")
    return found


def render_summary(update: Update) -> str:
    title = "up to date" if update.outcome == "up-to-date" else update.outcome
    lines = [
        f"## Bindings update: {title}",
        "",
        f"**Outcome `{update.outcome}` (exit {update.exit_code})**: {MEANING[update.outcome]}.",
        "",
        f"- candidate: `{update.candidate}`"
        + (
            f" (info.version `{update.spec_version}`, sha256 `{update.spec_sha256}`)"
            if update.spec_sha256
            else ""
        ),
    ]
    if update.previous is not None:
        lines.append(
            f"- pinned before: info.version `{update.previous.info_version}`, "
            f"sha256 `{update.previous.sha256}`"
        )
    if update.drift.get("diff"):
        summary = update.drift["diff"]["summary"]
        lines.append(
            f"- drift: **{summary['status']}**: {summary['changes']} changes "
            f"({summary['breaking']} breaking), {summary['operations_added']} operations added, "
            f"{summary['operations_removed']} removed"
        )
    if update.pin is not None and update.outcome != "cannot-run":
        warning = f" ({LOCAL_WARNING})" if update.pin.local else ""
        lines.append(f"- pinned URL: `{update.pin.url}`{warning}")
    if update.version:
        lines.append(f"- version: {update.previous_version} -> **{update.version}** ({update.level} release)")
    lines.append(f"- the tree: {update.tree}")
    if update.reasons:
        lines += ["", "### What a person must do", ""] + [f"- {reason}" for reason in update.reasons]
    if update.renamed_ids or update.deleted_names:
        lines += ["", "### bindings.yaml, kept in step (commit it)", ""]
        lines += [
            f"- `{old}` is `{new}` upstream: its method keeps its name"
            for old, new in update.renamed_ids.items()
        ]
        lines += [f"- `{op}` left the spec: its line is deleted" for op in update.deleted_names]
    new_names = {r: p for r, p in update.derived_names.items() if r not in update.previous_method_paths}
    if new_names:
        lines += ["", "### Names the naming rule chose (review; rename in bindings.yaml)", ""]
        lines += [f"- `{route}` -> `client.{path}`" for route, path in sorted(new_names.items())]
    if update.known_failures:
        lines += ["", "### Tests that already failed before the update (not counted)", ""]
        lines += [f"- `{name}`" for name in update.known_failures]
    if update.overlay_health:
        lines += ["", "### Overlay health", "", "| overlay | status | obsolete actions | broken actions |"]
        lines.append("| --- | --- | --- | --- |")
        for item in update.overlay_health:
            lines.append(
                f"| `{item['file']}` | {item['status']} | {item['obsolete_actions'] or '-'} | "
                f"{item['broken_actions'] or '-'} |"
            )
    lines += ["", "### Steps", "", "| step | result | seconds |", "| --- | --- | --- |"]
    lines += [f"| {s.name} | {s.result} | {s.seconds:.1f} |" for s in update.steps]
    if update.entry:
        lines += ["", "### CHANGELOG entry", "", update.entry.rstrip("\n")]
    if update.drift_markdown:
        lines += [
            "",
            "<details><summary>Drift report</summary>",
            "",
            update.drift_markdown.rstrip("\n"),
            "",
            "</details>",
        ]
    return "\n".join(lines) + "\n"


def publish(update: Update, summary: str, work: Path) -> None:
    (work / "summary.md").write_text(summary, encoding="utf-8")
    entry_file = work / "changelog-entry.md"
    entry_file.write_text(update.entry, encoding="utf-8")
    (work / "outcome.json").write_text(
        json.dumps(
            {
                "outcome": update.outcome,
                "exit_code": update.exit_code,
                "reasons": update.reasons,
                "version": update.version,
                "breaking": update.breaking,
                "steps": [step.__dict__ for step in update.steps],
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    if path := os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(summary)
    if path := os.environ.get("GITHUB_OUTPUT"):
        outputs = {
            "outcome": update.outcome,
            "exit_code": update.exit_code,
            "breaking": str(update.breaking).lower(),
            "version": update.version,
            "previous_version": update.previous_version,
            "spec_version": update.spec_version,
            "spec_sha256": update.spec_sha256,
            "pinned_url": update.pin.url if update.pin else "",
            "local_pin": str(bool(update.pin and update.pin.local)).lower(),
            "summary_file": work / "summary.md",
            "changelog_entry_file": entry_file,
        }
        with open(path, "a", encoding="utf-8") as handle:
            handle.writelines(f"{key}={value}\n" for key, value in outputs.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", help="candidate spec file or URL (default: the live spec, source_url)")
    parser.add_argument("--keep", action="store_true", help="leave a stopped update in the tree")
    parser.add_argument(
        LOCAL_PIN_FLAG,
        action="store_true",
        help="pin a local candidate file spec/mirror.tsv does not list (a local trial: not for a commit)",
    )
    parser.add_argument("--tests", help="pytest arguments to run instead of the whole suite (quoted)")
    parser.add_argument(
        "--baseline-failures", type=Path, help="file of test ids failing before the update, one per line"
    )
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="directory for reports and backups")
    args = parser.parse_args(argv)
    baseline: frozenset[str] = frozenset()
    if args.baseline_failures:
        # One id per line: a parametrized test's id may hold spaces (``[venice music "a sea shanty"]``).
        lines = args.baseline_failures.read_text(encoding="utf-8").splitlines()
        baseline = frozenset(line.strip() for line in lines if line.strip())
    update = run(
        args.spec,
        args.work.resolve(),
        keep=args.keep,
        test_args=shlex.split(args.tests) if args.tests else None,
        baseline_failures=baseline,
        allow_local_pin=args.allow_local_pin,
    )
    summary = render_summary(update)
    sys.stdout.write(summary)
    publish(update, summary, args.work.resolve())
    return update.exit_code


if __name__ == "__main__":
    sys.exit(main())
