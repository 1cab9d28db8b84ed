"""What the README shows runs against the offline Venice (``venice.testing``), with no key: every
``python`` example of its client section, and every file of ``examples/`` as a script, as a newcomer
runs them (``VENICE_BASE_URL`` pointing at ``python -m venice.testing``)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from venice.testing import OfflineVenice

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def client_section_examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- section:client -->", 1)[1].split("<!-- /section:client -->", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


@pytest.fixture(scope="module")
def offline() -> Iterator[OfflineVenice]:
    with OfflineVenice() as server:
        yield server


def test_the_section_has_examples() -> None:
    assert len(client_section_examples()) >= 5


@pytest.mark.parametrize("index", range(len(client_section_examples())))
def test_readme_example_runs(
    index: int, offline: OfflineVenice, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("VENICE_API_KEY", "any-key-works-offline")
    monkeypatch.setenv("VENICE_BASE_URL", offline.base_url)
    monkeypatch.chdir(tmp_path)
    before = len(offline.requests)
    code = client_section_examples()[index]
    exec(compile(code, f"README example {index}", "exec"), {"__name__": "__readme__"})
    assert len(offline.requests) > before, "the example sent no request"


@pytest.mark.parametrize("example", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_example_script_runs(example: Path, offline: OfflineVenice, tmp_path: Path) -> None:
    env = dict(os.environ, VENICE_API_KEY="any-key-works-offline", VENICE_BASE_URL=offline.base_url)
    before = len(offline.requests)
    proc = subprocess.run(
        [sys.executable, str(example)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    if "OfflineVenice(" not in example.read_text():  # else the example runs its own offline Venice
        assert len(offline.requests) > before, "the example sent no request"
    assert "None\n" not in proc.stdout and not proc.stdout.endswith("None"), proc.stdout
    assert "Traceback" not in proc.stderr


def offline_section() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("<!-- section:offline -->", 1)[1].split("<!-- /section:offline -->", 1)[0]


def offline_commands() -> list[tuple[str, int]]:
    """``(command, expected exit status)`` of the section's shell block (``exit N`` in its comment)."""
    block = re.search(r"```sh\n(.*?)```", offline_section(), flags=re.S)
    assert block is not None
    commands = []
    for line in block.group(1).splitlines():
        command, _, comment = line.partition("  #")
        status = re.search(r"exit (\d+)", comment)
        commands.append((command.strip(), int(status.group(1)) if status else 0))
    return commands


def test_the_offline_section_shows_commands_and_code() -> None:
    assert len(offline_commands()) >= 3
    assert re.findall(r"```python\n(.*?)```", offline_section(), flags=re.S)


@pytest.mark.parametrize(("command", "status"), offline_commands(), ids=[c for c, _ in offline_commands()])
def test_offline_section_command_runs(command: str, status: int) -> None:
    """Each line as a newcomer types it in a clone: no key, no VENICE_BASE_URL, nothing running."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VENICE_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    proc = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert proc.returncode == status, f"{command}\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr
    assert proc.stdout.strip() or proc.stderr.strip()


def test_offline_section_python_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("VENICE_API_KEY", "VENICE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    for code in re.findall(r"```python\n(.*?)```", offline_section(), flags=re.S):
        exec(compile(code, "README offline example", "exec"), {"__name__": "__readme__"})
