"""A clean copy of the project tree: the files git tracks or would track, nothing it ignores.

`make dist` builds from such a copy, so no `build/`, `*.egg-info` or stray file of the working tree can
reach a wheel; the update tests and the history replay run `make update` in one, so they never touch the
working tree. Uncommitted edits are copied (a build reflects the tree as it is); ignored files are not.
This module must not build or run anything but git.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def project_files(root: Path = ROOT) -> list[str]:
    """Relative paths of the files git tracks or would track (untracked, not ignored) that exist."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        capture_output=True,
        check=True,
    ).stdout
    names = sorted({name for name in out.decode().split("\0") if name})
    return [name for name in names if (root / name).is_file()]


def copy_project(destination: Path, root: Path = ROOT) -> Path:
    """Copy the project's files into `destination` (created; must not exist) and return it."""
    destination.mkdir(parents=True)
    for name in project_files(root):
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, target)
    return destination
