"""Regenerate the low-level client from the pinned spec (`make regen`) or from any spec.

Usage:
  python scripts/regen.py --strict                    # pinned spec -> generated/ (what `make regen` runs)
  python scripts/regen.py --spec PATH --output DIR --report REPORT.json [--strict]

Exit status: 0 on success, 1 when generation failed (or, with --strict, was anything but clean).
Obsolete overlay actions (the gap they close is fixed upstream) are printed and never fail a run;
broken ones (the target moved while the gap is still there) fail --strict.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline import regen
from pipeline.pull import Lock, pull
from pipeline.specio import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, help="spec to generate from (default: the pinned spec, pulled)")
    parser.add_argument(
        "--output",
        type=Path,
        help="project root to install into (generated/venice_api, src/venice/<generated parts>)",
    )
    parser.add_argument("--report", type=Path, help="write the JSON report here")
    parser.add_argument(
        "--strict", action="store_true", help="fail on any warning or unmatched overlay action"
    )
    args = parser.parse_args(argv)

    if args.spec is None:
        try:
            spec_path = pull(Lock.read())
        except SpecError as exc:
            print(f"regen: {exc}", file=sys.stderr)
            return 1
        output = args.output or regen.ROOT
    else:
        spec_path, output = args.spec, args.output

    report = regen.run(spec_path, output, strict=args.strict)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")
    generated, total = len(report.generated_operations), len(report.spec_operations)
    print(
        f"regen: info.version {report.info_version or '?'}: {generated}/{total} operations generated, "
        f"{len(report.generator_warnings)} generator warnings, "
        f"{len(report.broken_overlay_actions)} broken overlay actions, "
        f"{len(report.unreturnable_content_types)} unreturnable content types"
        + (f", installed into {output}" if output is not None and report.ok else "")
    )
    for message in report.errors:
        print(f"regen: error: {message}", file=sys.stderr)
    for health in report.overlay_health:
        for action in health["actions"]:
            if action["status"] == "obsolete":
                print(
                    f"regen: note: overlay {health['file']} action {action['index']} is obsolete "
                    "(fixed upstream; retire it)"
                )
    for op_id, method_path in report.derived_names.items():
        print(f"regen: note: {op_id} is named {method_path} by the naming rule (rename it in bindings.yaml)")
    for op_id, method_path in report.stale_names.items():
        print(
            f"regen: note: bindings.yaml names {op_id} ({method_path}), an operation this spec does not have"
        )
    if not args.strict:
        for message in report.broken_overlay_actions:
            print(f"regen: warning: broken overlay action: {message}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
