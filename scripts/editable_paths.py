"""Make the import roots of this repository plain `sys.path` entries of the development virtualenv.

`pip install -e .` cannot do it for this layout: `venice` lives in `src/` and `venice_api` in
`generated/`, two roots, so setuptools' default editable install is an import-hook finder, which the
interpreter follows but static checkers do not (mypy and pyright, run on a script outside the
repository, report `venice` missing). Its `compat` mode adds the project root, which holds neither
package, so nothing imports at all; its `strict` mode links each file into `build/` and misses a
module added later until the next install. A `.pth` file naming both roots does what the checkers
read: they find the packages (and their `py.typed`), and a new module is importable at once. The
editable install stays for the rest (metadata, the `venice` command).

Run by `make venv` with the virtualenv's interpreter; it refuses to write outside a virtualenv.

Usage: .venv/bin/python scripts/editable_paths.py
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOTS = (ROOT / "src", ROOT / "generated")
PTH = "venice_bindings_paths.pth"


def main() -> int:
    if sys.prefix == sys.base_prefix:
        print(f"editable_paths: {sys.executable} is not a virtualenv's interpreter", file=sys.stderr)
        return 2
    target = Path(sysconfig.get_path("purelib")) / PTH
    target.write_text("".join(f"{root}\n" for root in ROOTS), encoding="utf-8")
    print(f"editable_paths: {target} names {', '.join(str(root) for root in ROOTS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
