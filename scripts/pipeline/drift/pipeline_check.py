"""What a new spec does to this project's pipeline, for `make drift` (`scripts/drift_check.py`).

Runs the one regeneration path (`scripts/regen.py`, in a subprocess, into a scratch directory) on the new
spec and reads its report: the health of every overlay (applied, obsolete: fixed upstream, broken: a
person must retarget it), overlay actions that no longer match, operations the generator drops, generator
warnings. Compares the scratch output with `generated/` (would regeneration change it?) and the overlaid
spec's operationIds with the ergonomic layer's registry `venice._registry.OPERATIONS`. This module must
not diff specs (that is `pipeline.drift`) nor write anywhere but the scratch directory it is given.
"""

from __future__ import annotations

import filecmp
import importlib
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
    registry_available: bool = False
    unbound_operations: list[str] = field(default_factory=list)
    stale_registry_entries: list[str] = field(default_factory=list)

    def needs_work(self, baseline_unbound: set[str]) -> bool:
        """Whether the bindings must act, counting only unbound operations the pinned spec did not have.

        An obsolete overlay (its gap fixed upstream) needs no action: only broken ones count."""
        new_unbound = set(self.unbound_operations) - baseline_unbound
        return bool(self.broken_overlay_actions or self.dropped_operations or new_unbound)

    def as_dict(self) -> dict[str, Any]:
        return {
            "failure": self.failure or None,
            "unmatched_overlay_actions": self.unmatched_overlay_actions,
            "overlay_health": self.overlay_health,
            "broken_overlay_actions": self.broken_overlay_actions,
            "dropped_operations": self.dropped_operations,
            "generator_warnings": self.generator_warnings,
            "generated": None if self.generated is None else self.generated.as_dict(),
            "registry_available": self.registry_available,
            "unbound_operations": self.unbound_operations,
            "stale_registry_entries": self.stale_registry_entries,
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


def load_registry() -> dict[str, str] | None:
    """`venice._registry.OPERATIONS`, or None when the ergonomic layer does not provide it (yet)."""
    try:
        module = importlib.import_module("venice._registry")
    except ImportError:
        return None
    operations = getattr(module, "OPERATIONS", None)
    return dict(operations) if isinstance(operations, dict) else None


def operation_ids(spec: Path) -> dict[str, str]:
    """`METHOD /path` -> operationId ("" when missing) of the spec as the generator sees it (overlaid)."""
    from pipeline.regen import overlaid_spec
    from pipeline.specio import iter_operations

    doc, _, _ = overlaid_spec(spec)
    return {f"{m} {p}": str(op.get("operationId") or "") for m, p, op in iter_operations(doc)}


def unbound(ids: dict[str, str], registry: dict[str, str]) -> tuple[list[str], list[str]]:
    """(operations without a registry entry, registry entries naming no operation), sorted."""
    missing = sorted(
        f"{key} ({op_id or 'no operationId'})" for key, op_id in ids.items() if op_id not in registry
    )
    stale = sorted(f"{op_id} -> {registry[op_id]}" for op_id in set(registry) - set(ids.values()))
    return missing, stale


def check(spec: Path, scratch: Path, registry: dict[str, str] | None) -> PipelineFindings:
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
    if failure:
        findings.failure = failure
        return findings
    findings.generated = compare_trees(GENERATED, scratch / "out")
    if registry is not None:
        findings.registry_available = True
        findings.unbound_operations, findings.stale_registry_entries = unbound(operation_ids(spec), registry)
    return findings
