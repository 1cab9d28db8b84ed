"""Every command of the command-line block (the ``cli`` section of docs/) runs, in order, against the
offline Venice (``python -m venice.testing``), as a newcomer with no key runs them, in a temporary
directory: exit status 0 and what it says it wrote is there."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _docs import blocks, section

from venice.testing import OfflineVenice


def readme_commands() -> list[str]:
    (block,) = blocks(section("cli"), "sh")
    return [re.sub(r"\s+#.*$", "", line).strip() for line in block.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    cwd = tmp_path_factory.mktemp("readme-cli")
    body = {"model": "zai-org-glm-5-1", "messages": [{"role": "user", "content": "hi"}]}
    line = {"custom_id": "r1", "method": "POST", "url": "/chat/completions", "body": body}
    (cwd / "requests.jsonl").write_text(json.dumps(line) + "\n")
    with OfflineVenice() as offline:
        path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
        yield (
            cwd,
            dict(
                os.environ,
                VENICE_API_KEY="any-key-works-offline",
                VENICE_BASE_URL=offline.base_url,
                PATH=path,
            ),
        )


def test_the_block_has_the_commands() -> None:
    assert len(readme_commands()) >= 10
    assert all(command.split()[0] in ("venice", "echo") for command in readme_commands())


@pytest.mark.parametrize("index", range(len(readme_commands())), ids=lambda i: readme_commands()[i][:40])
def test_readme_command_runs(index: int, workdir: tuple[Path, dict[str, str]]) -> None:
    cwd, env = workdir
    command = readme_commands()[index]
    proc = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )
    assert proc.returncode == 0, f"{command}\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr
    for written in re.findall(r"-o (\S+)", command):
        assert list(cwd.glob(Path(written).stem + "*")), f"{command}: wrote no {written}"
