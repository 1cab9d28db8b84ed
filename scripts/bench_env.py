"""Create or update the bench-only virtualenv ``.venv-bench`` that ``make bench`` runs in.

The benchmarks compare this client with its peers (openai-python, the community client venice-ai),
which must never enter the runtime dependencies or the main ``.venv``: they live here only. The
environment holds ``requirements.lock`` (the same pinned httpx, aiohttp, pydantic... as the main
``.venv``), then ``bench/requirements.lock`` (the peers and the bench tools, pinned), then this
project installed editable (``--no-deps``, as ``make venv`` does): the benchmarks start child
processes (``sys.executable``) that import ``venice`` too, which an editable install covers and a
``sys.path`` edit in the parent would not.

Usage: python scripts/bench_env.py [--venv PATH]   (``make bench`` calls it when a lock changed)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = (ROOT / "requirements.lock", ROOT / "bench" / "requirements.lock")
STAMP = ".installed"


def pip(python: Path, *args: str) -> None:
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args], check=True
    )


def create(path: Path) -> None:
    if not (path / "bin" / "python").exists():
        venv.create(path, with_pip=True)
    python = path / "bin" / "python"
    pip(python, *(arg for lock in LOCKS for arg in ("-r", str(lock))))
    pip(python, "--no-deps", "--no-build-isolation", "-e", str(ROOT))
    (path / STAMP).touch()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv-bench")
    create(parser.parse_args().venv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
