"""What a new spec does to this project's pipeline, for `make drift` (`scripts/drift_check.py`).

Runs the one regeneration path (`scripts/regen.py`, in a subprocess, into a scratch directory) on the new
spec and reads its report: the health of every overlay (applied, obsolete: fixed upstream, broken: a
person must retarget it), overlay actions that no longer match, operations the generator drops, generator
warnings, and the names of the bindings: the operations the naming rule named (no entry in
`bindings.yaml`: a person may rename them) and the entries whose operation is gone. Compares the scratch
output with `generated/` (would regeneration change it?). This module must not diff specs (that is
`pipeline.drift`), import the runtime, nor write anywhere but the scratch directory it is given.
"""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
REGEN = ROOT / "scripts" / "regen.py"
GENERATED = ROOT / "generated"
REGEN_TIMEOUT_S = 900


@dataclass
class TreeDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.modified)

    def as_dict(self) -> dict[str, Any]:
        return {
            "changed": self.changed,
            "added": self.added,
            "removed": self.removed,
            "modified": self.modified,
        }


@dataclass
class PipelineFindings:
    """The pipeline part of the drift report; `failure` is set when the pipeline cannot handle the spec."""

    failure: str = ""
    unmatched_overlay_actions: list[dict[str, Any]] = field(default_factory=list)
    overlay_health: list[dict[str, Any]] = field(default_factory=list)
    broken_overlay_actions: list[str] = field(default_factory=list)
    dropped_operations: list[str] = field(default_factory=list)
    generator_warnings: list[str] = field(default_factory=list)
    generated: TreeDiff | None = None
    derived_names: dict[str, str] = field(default_factory=dict)  # operationId -> method path (the rule's)
    stale_names: dict[str, str] = field(default_factory=dict)  # bindings.yaml entries with no operation

    def needs_work(self) -> bool:
        """Whether the pipeline needs a person: a broken overlay or a dropped operation. A new
        operation does not (the rule names it), nor does an obsolete overlay (fixed upstream)."""
        return bool(self.broken_overlay_actions or self.dropped_operations)

    def as_dict(self) -> dict[str, Any]:
        return {
            "failure": self.failure or None,
            "unmatched_overlay_actions": self.unmatched_overlay_actions,
            "overlay_health": self.overlay_health,
            "broken_overlay_actions": self.broken_overlay_actions,
            "dropped_operations": self.dropped_operations,
            "generator_warnings": self.generator_warnings,
            "generated": None if self.generated is None else self.generated.as_dict(),
            "derived_names": self.derived_names,
            "stale_names": self.stale_names,
        }


def run_regen(spec: Path, scratch: Path) -> tuple[dict[str, Any] | None, str]:
    """Run `scripts/regen.py` on `spec` into `scratch/out`; return (report, failure message or "")."""
    report_path = scratch / "regen-report.json"
    command = [sys.executable, str(REGEN), "--spec", str(spec), "--output", str(scratch / "out")]
    command += ["--report", str(report_path)]
    if not REGEN.is_file():
        return None, f"{REGEN.relative_to(ROOT)} does not exist"
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=REGEN_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return None, f"regen did not finish within {REGEN_TIMEOUT_S} s"
    report: dict[str, Any] | None = None
    if report_path.is_file():
        report = json.loads(report_path.read_text(encoding="utf-8"))
    if proc.returncode != 0:
        tail = (proc.stderr.strip() or proc.stdout.strip() or "no output").splitlines()[-1]
        return report, f"regen exited {proc.returncode}: {tail}"
    if report is None:
        return None, "regen wrote no report"
    return report, ""


def compare_trees(expected: Path, actual: Path) -> TreeDiff:
    """Files (relative paths, sorted) that differ between two directory trees, ignoring `__pycache__`."""

    def files(root: Path) -> set[str]:
        if not root.is_dir():
            return set()
        return {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    old, new = files(expected), files(actual)
    common = sorted(old & new)
    modified = [rel for rel in common if not filecmp.cmp(expected / rel, actual / rel, shallow=False)]
    return TreeDiff(added=sorted(new - old), removed=sorted(old - new), modified=modified)


def check(spec: Path, scratch: Path) -> PipelineFindings:
    """Everything the pipeline says about `spec`."""
    findings = PipelineFindings()
    report, failure = run_regen(spec, scratch)
    if report is not None:
        findings.unmatched_overlay_actions = list(report.get("unmatched_overlay_actions") or [])
        findings.overlay_health = list(report.get("overlay_health") or [])
        findings.broken_overlay_actions = list(report.get("broken_overlay_actions") or [])
        spec_ops = set(report.get("spec_operations") or [])
        findings.dropped_operations = sorted(spec_ops - set(report.get("generated_operations") or []))
        findings.generator_warnings = list(report.get("generator_warnings") or [])
        findings.derived_names = dict(report.get("derived_names") or {})
        findings.stale_names = dict(report.get("stale_names") or {})
    if failure:
        findings.failure = failure
        return findings
    findings.generated = compare_trees(GENERATED, scratch / "out")
    return findings
