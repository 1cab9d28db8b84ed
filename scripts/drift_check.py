"""`make drift`: diff the live (or a given) spec against the pinned one, and what it does to the pipeline.

Usage:
  python scripts/drift_check.py                 # pull the live spec (source_url in spec/lock.json)
  python scripts/drift_check.py --spec PATH     # offline: the candidate spec is a file (or a URL)
  options: --base PATH (default: the pinned spec), --json FILE (machine-readable report)

Prints Markdown (a CI job summary or an issue body) and exits 0 no drift (identical or documentation-only),
1 drift with no breaking change (or new pipeline work: broken overlays, operations dropped;
an overlay made obsolete by an upstream fix is reported, never work), 2 breaking drift, 3 the pipeline
itself fails (spec unreadable, regeneration fails).
Under GitHub Actions it also appends the Markdown to $GITHUB_STEP_SUMMARY and writes `exit_code`/`status`
to $GITHUB_OUTPUT. DRIFT_FAIL_AT=N makes every code below N exit 0 (make collapses non-zero codes to 2,
so CI sets DRIFT_FAIL_AT=2 to pass on non-breaking drift); the real code is still reported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline.drift import EXIT_DRIFT, EXIT_PIPELINE_FAILED, diff_specs, exit_code, render_markdown
from pipeline.drift.pipeline_check import PipelineFindings, check
from pipeline.pull import Lock, fetch, is_url, pull
from pipeline.regen import overlaid_spec
from pipeline.specio import SpecError, load_spec
from pipeline.surface import type_name_changes

MEANING = {
    0: "no drift",
    1: "drift, nothing breaking",
    2: "breaking drift",
    3: "the pipeline fails on the new spec",
}
LIST_LIMIT = 20
REGEN_NOTE = "run `make regen` after moving the pin"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", help="candidate spec file or URL (default: pull the live spec)")
    parser.add_argument("--base", type=Path, help="spec to compare against (default: the pinned spec)")
    parser.add_argument("--json", type=Path, help="also write the full report as JSON here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="venice-drift-") as scratch:
        code, markdown, data = run(args.spec, args.base, Path(scratch))
    sys.stdout.write(markdown)
    if args.json:
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    publish(markdown, code)
    fail_at = int(os.environ.get("DRIFT_FAIL_AT") or 1)
    return code if code >= fail_at else 0


def run(
    spec: str | None, base: Path | None, scratch: Path, *, regen_note: str = REGEN_NOTE
) -> tuple[int, str, dict[str, Any]]:
    """(exit code, Markdown, JSON-able report) for the candidate `spec` against `base`; `regen_note` says
    what to do about a `generated/` that would change (`make update` regenerates it itself)."""
    try:
        base_path = base or pull(Lock.read())
        new_path = _candidate(spec, scratch)
        old_doc, new_doc = load_spec(base_path), load_spec(new_path)
    except SpecError as exc:
        text = f"## Spec drift: the check could not run\n\n{exc}\n\nExit code 3: {MEANING[3]}.\n"
        return EXIT_PIPELINE_FAILED, text, {"exit_code": EXIT_PIPELINE_FAILED, "failure": str(exc)}
    report = diff_specs(old_doc, new_doc)
    findings = check(new_path, scratch)
    code = exit_code(report)
    if findings.failure:
        code = EXIT_PIPELINE_FAILED
    elif findings.needs_work():
        code = max(code, EXIT_DRIFT)
    types = (
        None
        if findings.failure
        else type_name_changes(overlaid_spec(base_path)[0], overlaid_spec(new_path)[0])
    )
    markdown = render_markdown(report) + "\n" + render_pipeline(findings, regen_note=regen_note)
    markdown += render_type_names(types)
    markdown += f"\n**Exit code {code}: {MEANING[code]}.** Compared `{base_path}` with `{new_path}`.\n"
    data = {
        "exit_code": code,
        "diff": report.to_json(),
        "pipeline": {**findings.as_dict(), "public_types": types},
    }
    return code, markdown, data


def _candidate(spec: str | None, scratch: Path) -> Path:
    """The candidate spec as a file: `spec` if it is a path, else fetched (default: the lock's live URL)."""
    if spec and not is_url(spec):
        return Path(spec)
    target = scratch / "candidate-swagger.yaml"
    target.write_bytes(fetch(spec or Lock.read().source_url))
    return target


def render_pipeline(findings: PipelineFindings, *, regen_note: str = REGEN_NOTE) -> str:
    lines = ["## What the new spec does to the pipeline", ""]
    if findings.failure:
        lines += [f"**The pipeline fails on the new spec**: {findings.failure}", ""]
    lines += render_overlay_health(findings.overlay_health)
    status = {
        (health["file"], action["index"]): action["status"]
        for health in findings.overlay_health
        for action in health.get("actions", [])
    }
    actions = findings.unmatched_overlay_actions
    lines.append(f"- overlay actions that no longer match: {len(actions)}")
    for action in actions[:LIST_LIMIT]:
        where = f"`{action.get('file')}` action {action.get('index')}"
        verdict = status.get((action.get("file"), action.get("index")), "unclassified")
        lines.append(
            f"  - {where} ({verdict}): target `{action.get('target')}` ({action.get('description', '')})"
        )
    lines += _listing("operations the generator drops", findings.dropped_operations)
    lines += _listing("generator warnings", findings.generator_warnings)
    if not findings.failure:
        lines += _listing(
            "methods the naming rule names (rename them in bindings.yaml if you like)",
            [f"{op} -> {path}" for op, path in sorted(findings.derived_names.items())],
        )
        lines += _listing(
            "bindings.yaml entries with no operation in the new spec (delete them)",
            [f"{op} -> {path}" for op, path in sorted(findings.stale_names.items())],
        )
    generated = findings.generated
    if generated is None:
        lines.append("- `generated/` would change: unknown (regeneration did not finish)")
    elif not generated.changed:
        lines.append("- `generated/` would change: no")
    else:
        counts = f"{len(generated.added)} added, {len(generated.removed)} removed"
        counts += f", {len(generated.modified)} modified files"
        lines.append(f"- `generated/` would change: yes ({counts}; {regen_note})")
    return "\n".join(lines) + "\n"


def render_type_names(types: dict[str, list[str]] | None) -> str:
    """The public type names of `venice.types` the new spec adds, removes or renames: a rename breaks
    user code that imports or annotates with the old name, though nothing changes on the wire."""
    if types is None:
        return ""
    lines = _listing("public types renamed (`venice.types`)", types["renamed"])
    lines += _listing("public types added", types["added"])
    lines += _listing("public types removed", types["removed"])
    return "\n".join(lines) + "\n"


def render_overlay_health(health: list[dict[str, Any]]) -> list[str]:
    """One line per overlay file: applied, obsolete (fixed upstream: retire it) or broken (retarget it)."""
    if not health:
        return ["- overlay health: unknown (the overlays were not applied)"]
    statuses = [item["status"] for item in health]
    counts = {name: statuses.count(name) for name in ("applied", "obsolete", "broken")}
    lines = [
        f"- overlay health: {counts['applied']} applied, {counts['obsolete']} obsolete "
        f"(the gap is fixed upstream: retire them), {counts['broken']} broken (a person must retarget them)"
    ]
    for item in health:
        if item["status"] == "broken":
            lines.append(f"  - `{item['file']}` broken: actions {item['broken_actions']}")
        elif item["status"] == "obsolete":
            lines.append(f"  - `{item['file']}` obsolete: every action")
        elif item["obsolete_actions"]:
            lines.append(f"  - `{item['file']}` applied; obsolete actions {item['obsolete_actions']}")
    return lines


def _listing(title: str, items: list[str]) -> list[str]:
    lines = [f"- {title}: {len(items)}"]
    lines += [f"  - `{item}`" for item in items[:LIST_LIMIT]]
    if len(items) > LIST_LIMIT:
        lines.append(f"  - ... and {len(items) - LIST_LIMIT} more")
    return lines


def publish(markdown: str, code: int) -> None:
    """Under GitHub Actions: Markdown to the job summary, the exit code and status to the step outputs."""
    summary, outputs = os.environ.get("GITHUB_STEP_SUMMARY"), os.environ.get("GITHUB_OUTPUT")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(markdown)
    if outputs:
        with open(outputs, "a", encoding="utf-8") as handle:
            handle.write(f"exit_code={code}\nstatus={MEANING[code]}\n")


if __name__ == "__main__":
    sys.exit(main())
