"""Semantic diff of two spec files: `python scripts/drift.py OLD NEW [--format markdown|json]`.

Prints the report and exits 0 (no drift: identical or documentation-only), 1 (non-breaking drift) or
2 (breaking drift); a spec that cannot be loaded exits 3 with a one-line reason on stderr. The diff logic
lives in `pipeline.drift`; this file only parses arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline.drift import EXIT_PIPELINE_FAILED, diff_specs, exit_code, render_json, render_markdown
from pipeline.specio import SpecError, load_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the spec callers were built against")
    parser.add_argument("new", type=Path, help="the spec to compare with it")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    args = parser.parse_args(argv)
    try:
        old, new = load_spec(args.old), load_spec(args.new)
    except SpecError as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return EXIT_PIPELINE_FAILED
    report = diff_specs(old, new)
    sys.stdout.write(render_json(report) if args.format == "json" else render_markdown(report))
    return exit_code(report)


if __name__ == "__main__":
    sys.exit(main())
