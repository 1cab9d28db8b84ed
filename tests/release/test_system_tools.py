"""`make test` installs the system programs the tests start (scripts/system_tools.py), or says how."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system_tools.py"


def _run(path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=str(path))
    return subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, timeout=60)


def _stub(directory: Path, name: str, body: str = "exit 0") -> None:
    path = directory / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


def test_nothing_to_do_when_the_programs_are_there(tmp_path: Path) -> None:
    _stub(tmp_path, "redis-server")
    _stub(tmp_path, "tmux")
    proc = _run(tmp_path)
    assert proc.returncode == 0 and proc.stderr == ""


def test_without_a_way_to_install_it_names_the_packages_and_the_command(tmp_path: Path) -> None:
    _stub(tmp_path, "tmux")  # no apt-get on this PATH: nothing can be installed
    proc = _run(tmp_path)
    assert proc.returncode == 1
    assert "the tests need redis-server" in proc.stderr
    assert "sudo apt-get install redis-server" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_missing_program_is_installed_with_apt_get(tmp_path: Path) -> None:
    log = tmp_path / "apt.log"
    # A stand-in apt-get: records its arguments; `install` puts the programs on the PATH.
    _stub(
        tmp_path,
        "apt-get",
        f'echo "$@" >> {log}\n'
        f'if [ "$1" = install ]; then for p in redis-server tmux; do printf "#!/bin/sh\\n" > {tmp_path}/$p; '
        f"/bin/chmod +x {tmp_path}/$p; done; fi",
    )
    _stub(tmp_path, "sudo", 'if [ "$1" = -n ]; then shift; fi; exec "$@"')
    proc = _run(tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "installing redis-server, tmux" in proc.stderr
    assert log.read_text().splitlines() == [
        "update -q",
        "install -y -q --no-install-recommends redis-server tmux",
    ]
