"""Replay Venice's real spec history through `make update` (`scripts/update.py`), pair by pair.

Usage:
  .venv/bin/python bench/replay_history.py [--since YYYY-MM-DD | --from VERSION] [--tests "PYTEST ARGS"]
                                           [--out docs/update-replay.md]

The history is the mirror's `history/` (index.tsv order) followed by the pinned spec, the newest
upstream version. The replay starts at the version in force on the --since date (default 2026-03-01):
the newest history version dated on or before it (a history file's name starts with its UTC commit
timestamp). For every consecutive pair (older, newer) up to the pinned spec it pins the older one and
regenerates (setup, not timed), takes the tests that already fail with the older one pinned as the
baseline (*known* failures: a test bound to today's spec rather than the pinned one fails there for a
reason the update did not cause, and is a defect of that test), then runs
`scripts/update.py --spec newer --baseline-failures ...` and times it. After an update that ran the
same tests, its own failures are the next pair's baseline. For every update that ends `updated`, the
newest CHANGELOG entry's operations added and removed must equal the drift report's exactly.

Everything runs in a scratch copy of the tree (`.work/replay/repo`, node_modules linked), never in the
working tree. Without --tests every run is the whole suite; the report says what ran. The report
(Markdown) goes to stdout and --out.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from pipeline import release, testrun  # noqa: E402
from pipeline.pull import Lock, find_in_mirror, mirror_dir  # noqa: E402
from pipeline.tree_copy import copy_project  # noqa: E402


@dataclass
class PairResult:
    old: str
    new: str
    outcome: str = ""
    exit_code: int = -1
    seconds: float = 0.0
    reasons: list[str] = field(default_factory=list)
    drift_status: str = ""
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changelog_matches: bool | None = None
    known_failures: int = 0  # baseline tests that failed in the update too
    baseline: int = 0  # tests already failing with the older spec pinned
    tests: str = ""  # "N tests, F failed (K known)", as update.py reports its test step
    skipped_for_spec: int = 0  # tests skipped because the newer spec lacks their subject (tests/_pinned.py)
    version: str = ""
    steps: list[dict[str, Any]] = field(default_factory=list)


def upstream_versions() -> list[Path]:
    """The mirror's history in upstream order up to the pinned spec, which ends the list."""
    history = mirror_dir() / "history"
    lines = (history / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]
    files = [history / line.split("\t")[0] for line in lines if line.strip()]
    pinned = find_in_mirror(Lock.read().sha256, mirror_dir())
    if pinned is None:
        raise SystemExit("replay: the pinned spec (spec/lock.json) is not in the mirror")
    if pinned in files:  # pinned to a history version: nothing after it is replayed
        return files[: files.index(pinned) + 1]
    return [*files, pinned]


def in_force_on(specs: list[Path], since: datetime.date) -> int:
    """Index of the newest history version dated on or before `since` (the version in force that day).

    Only the history's files are dated by name (`20260228T002950_4a7df098.yaml`, the UTC commit time);
    the pinned spec at the end is the newest and is never a start."""
    dated = [
        (index, datetime.datetime.strptime(spec.name[:15], "%Y%m%dT%H%M%S").date())
        for index, spec in enumerate(specs[:-1])
    ]
    before = [index for index, day in dated if day <= since]
    if not before:
        raise SystemExit(f"replay: no history version is dated on or before {since}")
    return before[-1]


class Replay:
    def __init__(self, work: Path, test_args: list[str]) -> None:
        if work.exists():
            shutil.rmtree(work)
        self.work = work
        self.repo = copy_project(work / "repo")
        # The copy sees what the working tree sees beside it: node_modules, and ../shared (the spec
        # mirror and Venice's docs, which some tests read from there).
        (self.repo / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
        (work / "shared").symlink_to(ROOT.parent / "shared", target_is_directory=True)
        self.test_args = test_args
        # The copy runs on this tree's installed distribution (importlib.metadata says its version)
        # with the copy's sources first on the path: each update's version bump is put back after it,
        # as the report takes the bump from the update's outcome, so the two keep agreeing.
        self.version_file = self.repo / "src" / "venice" / "_version.py"
        self.version_text = self.version_file.read_text(encoding="utf-8")
        self.env = dict(
            os.environ,
            VENICE_SPEC_MIRROR=str(mirror_dir()),
            PYTHONPATH=os.pathsep.join([str(self.repo / "src"), str(self.repo / "generated")]),
        )
        for key in [k for k in self.env if k.startswith("GITHUB_")]:
            del self.env[key]

    def script(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, str(self.repo / "scripts" / args[0]), *args[1:]]
        return subprocess.run(
            command, cwd=self.repo, env=self.env, capture_output=True, text=True, check=False
        )

    def pin(self, spec: Path) -> None:
        if Lock.read(self.repo / "spec" / "lock.json").sha256 == _sha256(spec):
            return
        for args in (("pull.py", "--update-pin", str(spec)), ("regen.py", "--strict")):
            proc = self.script(*args)
            if proc.returncode != 0:
                raise SystemExit(f"replay: setting up {spec.name} failed: {proc.stdout}{proc.stderr}")

    def baseline(self, name: str) -> list[str]:
        """Tests failing with the currently pinned spec, run by the copy's own `pipeline.testrun`: exactly
        the command `update.py` runs its tests with."""
        junit, log = self.work / f"{name}.junit.xml", self.work / f"{name}.log"
        code = (
            "import sys; from pathlib import Path; sys.path.insert(0, 'scripts'); "
            "from pipeline import testrun; "
            f"run = testrun.run_suite({self.test_args!r}, Path({str(log)!r}), Path({str(junit)!r})); "
            "print(run.collected)"
        )
        proc = subprocess.run(
            [sys.executable, "-c", code],
            cwd=self.repo,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not junit.is_file() or int(proc.stdout.strip() or 0) == 0:
            raise SystemExit(f"replay: the baseline tests did not run, see {log}: {proc.stderr}")
        return testrun.read_junit(junit)[0]

    def update(
        self, old: Path, new: Path, baseline: list[str], name: str
    ) -> tuple[PairResult, list[str] | None]:
        """Run the update; return its result and the failures it saw with `new` pinned (None: unknown)."""
        work = self.work / name
        known = self.work / f"{name}.baseline.txt"
        known.write_text("".join(f"{test}\n" for test in baseline), encoding="utf-8")
        args = ["update.py", "--spec", str(new), "--work", str(work), "--baseline-failures", str(known)]
        if self.test_args:
            args += ["--tests", shlex.join(self.test_args)]
        start = time.perf_counter()
        proc = self.script(*args)
        result = PairResult(
            old.stem,
            new.stem,
            seconds=time.perf_counter() - start,
            exit_code=proc.returncode,
            baseline=len(baseline),
        )
        outcome = json.loads((work / "outcome.json").read_text(encoding="utf-8"))
        result.outcome, result.reasons, result.steps = (
            outcome["outcome"],
            outcome["reasons"],
            outcome["steps"],
        )
        result.version = outcome["version"]
        self.version_file.write_text(self.version_text, encoding="utf-8")
        result.tests = next((s["result"] for s in result.steps if s["name"].startswith("run the tests")), "")
        if (work / "drift.json").is_file():
            diff = json.loads((work / "drift.json").read_text(encoding="utf-8"))["diff"]
            result.drift_status = diff["summary"]["status"]
            result.added, result.removed = diff["operations_added"], diff["operations_removed"]
        if result.outcome == "updated":
            changelog = (self.repo / "CHANGELOG.md").read_text(encoding="utf-8")
            result.changelog_matches = release.entry_operations(changelog) == (result.added, result.removed)
        seen = None
        if (work / "junit.xml").is_file() and result.outcome in ("updated", "tests-failed"):
            seen, cases = testrun.read_junit(work / "junit.xml")
            result.known_failures = len(set(seen) & set(baseline))
            result.skipped_for_spec = skipped_for_spec(work / "junit.xml")
            if result.outcome != "updated":  # update.py names the stop, not the counts
                result.tests = f"{cases} tests, {len(seen)} failed ({result.known_failures} known)"
        return result, (seen if result.outcome == "updated" else None)


def skipped_for_spec(junit: Path) -> int:
    """Test cases skipped because the pinned spec lacks their subject (the `spec` marker of
    tests/_pinned.py, or evidence recorded after the pinned spec was superseded)."""
    root = ElementTree.parse(junit).getroot()
    return sum(
        1
        for case in root.iter("testcase")
        if (skip := case.find("skipped")) is not None and "pinned spec" in skip.get("message", "")
    )


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Setting:
    """What the report says about the run as a whole."""

    since: datetime.date
    start: str  # the version in force on `since`
    test_args: list[str]
    versions: int  # in the mirror's history, plus the pinned spec
    machine: str  # CPUs and load: the timings are wall time on a machine that may be shared


def machine() -> str:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{os.cpu_count()} CPUs, load average {load}"


def render(results: list[PairResult], setting: Setting, known: dict[str, list[str]], end: str) -> str:
    since, start, test_args = setting.since, setting.start, setting.test_args
    ran = (
        f"`{shlex.join(test_args)}`"
        if test_args
        else "the whole suite (`scripts/run_tests.py`, as `make test`)"
    )
    green = [r for r in results if r.outcome == "updated"]
    lines = [
        "# `make update` replayed over Venice's spec history",
        "",
        f"Written by `.venv/bin/python bench/replay_history.py --since {since.isoformat()}"
        + (f" --tests {shlex.quote(shlex.join(test_args))}" if test_args else "")
        + "`; do not edit by hand.",
        "",
        f"Since {since.isoformat()}: the version in force that day, `{start}`, then every consecutive pair "
        f"up to the pinned spec. Pairs: {len(results)}, consecutive in the mirror, which holds "
        f"{setting.versions} upstream versions, not all of them: a pair may span several upstream "
        f"versions. Tests run by each update and each baseline: {ran}. "
        "*baseline* is the number of tests already failing with the older spec pinned (run before the "
        "first pair and after a stop; otherwise the previous update's own failures); *known* in the tests "
        "column is how many of those failed again. Only new failures stop an update. *skipped: spec* counts "
        "the update's tests skipped because the newer spec lacks the operation or request field they test "
        "(`tests/_pinned.py`), or because the real answers they replay were recorded after that spec was "
        "superseded. The bindings are generated from each pinned spec; the handwritten engine, "
        "tests and overlays are today's.",
        "",
        f"**{len(green)} of {len(results)} updates ended updated and green** with no edit by a person; "
        f"{len(results) - len(green)} stopped.",
        "",
        "| older | newer | drift | ops +/- | outcome (exit) | tests | baseline | skipped: spec "
        "| CHANGELOG ops = drift | seconds |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        match = {True: "yes", False: "**no**", None: "-"}[r.changelog_matches]
        lines.append(
            f"| {r.old} | {r.new} | {r.drift_status} | +{len(r.added)} / -{len(r.removed)} | "
            f"{r.outcome} ({r.exit_code}) | {r.tests or '-'} | {r.baseline} | {r.skipped_for_spec} | "
            f"{match} | {r.seconds:.0f} |"
        )
    stops: dict[str, list[PairResult]] = defaultdict(list)
    for r in results:
        if r.outcome != "updated":
            stops[r.outcome].append(r)
    lines += ["", "## Stops, grouped", ""]
    if not stops:
        lines += ["None.", ""]
    for outcome, group in sorted(stops.items()):
        lines.append(f"### {outcome} ({len(group)})")
        lines.append("")
        for r in group:
            lines.append(f"- {r.old} -> {r.new}:")
            lines += [f"  - {reason}" for reason in r.reasons[:12]]
            if len(r.reasons) > 12:
                lines.append(f"  - ... and {len(r.reasons) - 12} more")
        lines.append("")
    lines += ["## Known failures", ""]
    if not known:
        lines += ["None: no test failed with an older spec pinned.", ""]
    else:
        lines += ["Each test failing with an older spec pinned, and the pairs whose baseline held it.", ""]
        for test, pairs in sorted(known.items()):
            span = pairs[0] if len(pairs) == 1 else f"{pairs[0]} ... {pairs[-1]}"
            lines.append(f"- `{test}`: {len(pairs)} pair(s), {span}")
        lines.append("")
    seconds = [r.seconds for r in results]
    lines += [
        "## Time per update",
        "",
        f"median {statistics.median(seconds):.0f} s, min {min(seconds):.0f} s, max {max(seconds):.0f} s "
        f"(wall time of `scripts/update.py`, including its test run; setup and baselines excluded). "
        f"Machine: {setting.machine} at the start, {end} at the end; on a shared machine the "
        "times are noisy.",
        "",
        "| step | median seconds |",
        "| --- | --- |",
    ]
    by_step: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for step in r.steps:
            by_step[step["name"]].append(step["seconds"])
    lines += [f"| {name} | {statistics.median(values):.1f} |" for name, values in by_step.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--since",
        type=datetime.date.fromisoformat,
        default=datetime.date(2026, 3, 1),
        help="start at the version in force on this date, YYYY-MM-DD (default 2026-03-01)",
    )
    parser.add_argument(
        "--from",
        dest="start",
        help="start at this history version (its file name without .yaml), instead of --since's;"
        " for a start --since cannot name (two versions of one day)",
    )
    parser.add_argument("--tests", help="pytest arguments for every test run (default: the whole suite)")
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    parser.add_argument("--work", type=Path, default=ROOT / ".work" / "replay", help="scratch directory")
    args = parser.parse_args(argv)
    test_args = shlex.split(args.tests) if args.tests else []
    specs = upstream_versions()
    first = in_force_on(specs, args.since)
    if args.start is not None:
        stems = [spec.stem for spec in specs[:-1]]
        if args.start not in stems:
            raise SystemExit(f"replay: {args.start} is not a history version")
        first = stems.index(args.start)
    setting = Setting(args.since, specs[first].stem, test_args, len(specs), machine())
    replay = Replay(args.work.resolve(), test_args)
    results: list[PairResult] = []
    baseline: list[str] | None = None
    known: dict[str, list[str]] = defaultdict(list)
    for index in range(first, len(specs) - 1):
        old, new = specs[index], specs[index + 1]
        name = f"{index:02d}-{new.stem}"
        replay.pin(old)
        if baseline is None:  # the previous update stopped, or this is the first pair
            baseline = replay.baseline(name)
        for test in baseline:
            known[test].append(f"{old.stem[:15]}->{new.stem[:15]}")
        result, baseline = replay.update(old, new, baseline, name)
        print(f"replay: {old.stem} -> {new.stem}: {result.outcome} ({result.seconds:.0f} s)", file=sys.stderr)
        results.append(result)
    report = render(results, setting, known, machine())
    sys.stdout.write(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    return 0 if all(r.changelog_matches is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
