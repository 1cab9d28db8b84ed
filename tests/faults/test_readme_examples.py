"""What the README and docs/ show runs against the offline Venice (``venice.testing``), with no key:
every ``python`` example of their client sections, every file of ``examples/`` as a script, and the
offline sections' commands and code, as a newcomer runs them (``VENICE_BASE_URL`` pointing at
``python -m venice.testing``). Each runs in a temporary directory, which must stay as it was: an
example writes its downloads to a temporary directory of its own, never to the current one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from _docs import blocks, python_blocks, section

from venice.testing import OfflineVenice

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def client_section_examples() -> list[str]:
    return python_blocks("client")


@pytest.fixture(scope="module")
def offline() -> Iterator[OfflineVenice]:
    with OfflineVenice() as server:
        yield server


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(an empty working directory, the temporary directory the code may write to); the working
    directory must be empty again at the end."""
    cwd, scratch = tmp_path / "cwd", tmp_path / "tmp"
    cwd.mkdir()
    scratch.mkdir()
    yield cwd, scratch
    assert sorted(p.name for p in cwd.iterdir()) == [], "the example wrote into the current directory"


def test_the_section_has_examples() -> None:
    assert len(client_section_examples()) >= 5


@pytest.mark.parametrize("index", range(len(client_section_examples())))
def test_readme_example_runs(
    index: int, offline: OfflineVenice, monkeypatch: pytest.MonkeyPatch, workdir: tuple[Path, Path]
) -> None:
    cwd, scratch = workdir
    monkeypatch.setenv("VENICE_API_KEY", "any-key-works-offline")
    monkeypatch.setenv("VENICE_BASE_URL", offline.base_url)
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    before = len(offline.requests)
    code = client_section_examples()[index]
    # A module of its own, as a script runs: pydantic resolves a model's fields through sys.modules.
    module = types.ModuleType("__readme__")
    monkeypatch.setitem(sys.modules, "__readme__", module)
    exec(compile(code, f"docs client example {index}", "exec"), module.__dict__)
    assert len(offline.requests) > before, "the example sent no request"


@pytest.mark.parametrize("example", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_example_script_runs(example: Path, offline: OfflineVenice, workdir: tuple[Path, Path]) -> None:
    cwd, scratch = workdir
    env = dict(
        os.environ,
        VENICE_API_KEY="any-key-works-offline",
        VENICE_BASE_URL=offline.base_url,
        TMPDIR=str(scratch),
    )
    before = len(offline.requests)
    proc = subprocess.run(
        [sys.executable, str(example)], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    if "OfflineVenice(" not in example.read_text():  # else the example runs its own offline Venice
        assert len(offline.requests) > before, "the example sent no request"
    assert "None\n" not in proc.stdout and not proc.stdout.endswith("None"), proc.stdout
    assert "Traceback" not in proc.stderr


def offline_section() -> str:
    return section("offline")


def offline_commands() -> list[tuple[str, int]]:
    """``(command, expected exit status)`` of the sections' shell blocks (``exit N`` in its comment)."""
    commands = []
    for block in blocks(offline_section(), "sh"):
        for line in block.splitlines():
            command, _, comment = line.partition("  #")
            status = re.search(r"exit (\d+)", comment)
            commands.append((command.strip(), int(status.group(1)) if status else 0))
    return commands


def test_the_offline_section_shows_commands_and_code() -> None:
    assert len(offline_commands()) >= 3
    assert blocks(offline_section(), "python")


@pytest.mark.parametrize(("command", "status"), offline_commands(), ids=[c for c, _ in offline_commands()])
def test_offline_section_command_runs(command: str, status: int, workdir: tuple[Path, Path]) -> None:
    """Each line as a newcomer types it in a clone (no key, no VENICE_BASE_URL, nothing running), in
    a directory holding only the clone's ``examples/``."""
    cwd, scratch = workdir
    (cwd / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VENICE_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["TMPDIR"] = str(scratch)
    proc = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )
    (cwd / "examples").unlink()
    assert proc.returncode == status, f"{command}\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr
    assert proc.stdout.strip() or proc.stderr.strip()


def test_offline_section_python_runs(monkeypatch: pytest.MonkeyPatch, workdir: tuple[Path, Path]) -> None:
    cwd, scratch = workdir
    for name in ("VENICE_API_KEY", "VENICE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    for code in blocks(offline_section(), "python"):
        exec(compile(code, "docs offline example", "exec"), {"__name__": "__readme__"})
