"""Copies of files and directories taken before a multi-step change, put back exactly on failure.

`make update` changes the pin, the cached spec, `generated/`, the CHANGELOG and the version file; a stop
anywhere must leave all of them as they were. A path that did not exist is removed again on restore.
This module knows nothing about what it protects.
"""

from __future__ import annotations

import shutil
from pathlib import Path


class Snapshot:
    def __init__(self, paths: list[Path], store: Path) -> None:
        """Copy every path in `paths` into the empty or new directory `store`."""
        self._saved: list[tuple[Path, Path | None]] = []
        if store.exists():
            shutil.rmtree(store)
        store.mkdir(parents=True)
        for number, path in enumerate(paths):
            copy = store / f"{number}-{path.name}"
            if path.is_dir():
                shutil.copytree(path, copy, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
            elif path.exists():
                shutil.copy2(path, copy)
            self._saved.append((path, copy if path.exists() else None))

    def restore(self) -> None:
        """Put every path back as it was when the snapshot was taken."""
        for path, copy in self._saved:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif path.exists() or path.is_symlink():
                path.unlink()
            if copy is None:
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            if copy.is_dir():
                shutil.copytree(copy, path, symlinks=True)
            else:
                shutil.copy2(copy, path)
