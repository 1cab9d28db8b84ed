"""A user's script outside the repository type-checks against the development install: `mypy --strict`
and pyright, run with the virtualenv's interpreter as a user runs them (no project config, no
MYPYPATH), find `venice` and its real types. `make venv` makes that hold (scripts/editable_paths.py);
the script's one deliberate mistake proves the checkers saw the types and not an unresolved `Any`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

SCRIPT = """\
from venice import Venice
from venice.types import ChatCompletion

client = Venice(api_key="k")
completion: ChatCompletion = client.chat.completions.create(
    model="m", messages=[{"role": "user", "content": "hi"}]
)
created: str = completion.created
"""
MISTAKE_LINE = 8  # `created` is an int


@pytest.fixture
def user_script(tmp_path: Path) -> Path:
    assert not tmp_path.resolve().is_relative_to(ROOT), "the script must live outside the repository"
    script = tmp_path / "user_script.py"
    script.write_text(SCRIPT, encoding="utf-8")
    return script


def user_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}


def test_mypy_strict_finds_venice_from_outside_the_repository(user_script: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--no-pretty", user_script.name],
        cwd=user_script.parent,
        env=user_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "import-not-found" not in proc.stdout, f"run `make venv`:\n{proc.stdout}"
    errors = [line for line in proc.stdout.splitlines() if ": error: " in line]
    assert [line.split(":")[1] for line in errors] == [str(MISTAKE_LINE)], proc.stdout + proc.stderr
    assert '"int"' in errors[0] and '"str"' in errors[0]


def test_pyright_finds_venice_from_outside_the_repository(user_script: Path) -> None:
    if not PYRIGHT.exists():
        pytest.fail("pyright is not installed: `make test` installs it with `npm ci` (package.json)")
    proc = subprocess.run(
        [str(PYRIGHT), "--pythonpath", sys.executable, "--outputjson", user_script.name],
        cwd=user_script.parent,
        env=user_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(proc.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert [d["range"]["start"]["line"] + 1 for d in errors] == [MISTAKE_LINE], errors
    assert '"int"' in errors[0]["message"] and '"str"' in errors[0]["message"]
