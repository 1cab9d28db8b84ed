"""`make dist`: build the sdist and the wheel from a clean copy of the tree, and check both.

Usage: python scripts/dist.py [--outdir DIR]     (default dist/, emptied first)

1. Copy the files git tracks or would track into a scratch directory (`pipeline.tree_copy`), so no
   `build/`, `*.egg-info` or ignored file of the working tree can reach a distribution.
2. `python -m build --no-isolation` there (the venv's pinned setuptools, no download): the sdist, then
   the wheel built from that sdist, which proves the sdist is complete.
3. `twine check --strict` both (metadata, and the README rendering as the PyPI long description).
4. The wheel must hold exactly the files of `src/venice` and `generated/venice_api`: nothing stale,
   nothing missing.
Exit status 0 when all passed; prints each file with its size.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from pipeline.tree_copy import ROOT, copy_project, project_files

PACKAGES = {"venice": "src/venice", "venice_api": "generated/venice_api"}


def build(outdir: Path) -> list[Path]:
    """Build into `outdir` from a clean copy; return the sdist and the wheel."""
    if outdir.exists():
        shutil.rmtree(outdir)
    outdir.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="venice-dist-") as scratch:
        source = copy_project(Path(scratch) / "src")
        proc = subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(source)],
            capture_output=True,
            text=True,
            check=False,
        )
    if proc.returncode != 0:
        raise SystemExit(f"dist: the build failed:\n{proc.stdout}{proc.stderr}")
    sdists, wheels = sorted(outdir.glob("*.tar.gz")), sorted(outdir.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise SystemExit(f"dist: expected one sdist and one wheel, got {sorted(outdir.iterdir())}")
    return [sdists[0], wheels[0]]


def wheel_problems(wheel: Path) -> list[str]:
    """Differences between the wheel's package files and the tree's."""
    with zipfile.ZipFile(wheel) as archive:
        shipped = {name for name in archive.namelist() if name.split("/")[0] in PACKAGES}
    expected = set()
    for name in project_files():
        for package, directory in PACKAGES.items():
            if name.startswith(directory + "/"):
                expected.add(package + name[len(directory) :])
    problems = [f"in the wheel but not in the tree: {name}" for name in sorted(shipped - expected)]
    problems += [f"in the tree but not in the wheel: {name}" for name in sorted(expected - shipped)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--outdir", type=Path, default=ROOT / "dist", help="where to put the distributions")
    args = parser.parse_args(argv)
    built = build(args.outdir.resolve())
    check = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, built)], check=False
    )
    if check.returncode != 0:
        return 1
    problems = wheel_problems(built[1])
    for problem in problems:
        print(f"dist: {problem}", file=sys.stderr)
    for path in built:
        print(f"dist: {path} ({path.stat().st_size / 1024:.0f} KiB)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
