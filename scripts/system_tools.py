"""The system programs the tests start themselves on 127.0.0.1, installed when missing.

`redis-server` (several processes sharing one rate limit through Redis) and `tmux` (the command
line in a real terminal) are not Python packages, so the virtualenv cannot hold them. `make test`
(and so `.ci/run`) calls `ensure()`: a missing program is installed with apt-get, as root or through
passwordless sudo; where that is impossible (no apt-get, or sudo would ask for a password), it
stops before the suite with one message naming the packages and the command to run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# program -> the Debian/Ubuntu package that provides it
PROGRAMS = {"redis-server": "redis-server", "tmux": "tmux"}


def missing() -> list[str]:
    return [package for program, package in PROGRAMS.items() if shutil.which(program) is None]


def _installer() -> list[str] | None:
    if shutil.which("apt-get") is None:
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    return None


def ensure() -> int:
    """0 when every program is there (installing what is missing); else 1, with the reason printed."""
    packages = missing()
    if not packages:
        return 0
    prefix = _installer()
    if prefix is None:
        print(
            f"make test: the tests need {', '.join(packages)}, which this machine lacks and make cannot "
            f"install here (apt-get as root or passwordless sudo). Install it, e.g. "
            f"`sudo apt-get install {' '.join(packages)}` (macOS: `brew install {' '.join(packages)}`), "
            "then rerun `make test`.",
            file=sys.stderr,
        )
        return 1
    print(f"make test: installing {', '.join(packages)} (apt-get)", file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (
        ["apt-get", "update", "-q"],
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages],
    ):
        if subprocess.run([*prefix, *command], env=env).returncode != 0:
            print(
                f"make test: `{' '.join(command)}` failed; install {', '.join(packages)} and rerun",
                file=sys.stderr,
            )
            return 1
    return 0 if not missing() else 1


if __name__ == "__main__":
    sys.exit(ensure())
