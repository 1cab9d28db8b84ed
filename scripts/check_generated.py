"""Fail if the generated code is not exactly what the pipeline makes of the pinned spec
(`make check-generated`).

The generated code is `generated/venice_api`, the generated parts of `src/venice` and `docs/api.md`
(`regen.OUTPUTS`).

Regenerates into a temporary directory with `--strict` and compares the two trees byte for byte,
printing a summary (files only in one tree, changed files with the first lines of their diff).
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

from pipeline import regen
from pipeline.pull import Lock, pull
from pipeline.specio import SpecError


def tree(root: Path) -> dict[str, bytes]:
    if root.is_file():
        return {root.name: root.read_bytes()}
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def compare(expected: Path, actual: Path, *, context_lines: int = 12) -> list[str]:
    """Human-readable differences between two trees (empty when identical)."""
    want, have = tree(expected), tree(actual)
    lines = [f"only in regenerated output: {name}" for name in sorted(want.keys() - have.keys())]
    lines += [f"only in {actual}: {name}" for name in sorted(have.keys() - want.keys())]
    for name in sorted(want.keys() & have.keys()):
        if want[name] != have[name]:
            diff = difflib.unified_diff(
                have[name].decode(errors="replace").splitlines(),
                want[name].decode(errors="replace").splitlines(),
                f"committed/{name}",
                f"regenerated/{name}",
                lineterm="",
            )
            lines.append(f"changed: {name}")
            lines += [f"    {line}" for line in list(diff)[:context_lines]]
    return lines


def main() -> int:
    try:
        spec = pull(Lock.read())
    except SpecError as exc:
        print(f"check-generated: {exc}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="venice-check-") as scratch:
        report = regen.run(spec, Path(scratch), strict=True)
        if not report.ok:
            for message in report.errors:
                print(f"check-generated: regeneration failed: {message}", file=sys.stderr)
            return 1
        differences = [
            line for part in regen.OUTPUTS for line in compare(Path(scratch) / part, regen.ROOT / part)
        ]
    places = ", ".join(map(str, regen.OUTPUTS))
    if differences:
        print(
            f"check-generated: the generated code ({places}) differs from what `make regen` produces:",
            file=sys.stderr,
        )
        print("\n".join(differences), file=sys.stderr)
        print("Run `make regen` and commit the result; never edit generated code by hand.", file=sys.stderr)
        return 1
    count = sum(len(tree(regen.ROOT / part)) for part in regen.OUTPUTS)
    print(f"check-generated: {places} are exactly the pipeline's output ({count} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
