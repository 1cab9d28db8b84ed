"""The README's test command (`make test`, run by `.ci/run`): the system programs the tests start
(`system_tools.py`: redis-server, tmux; installed when missing), check-generated, then the whole
pytest suite.

A run of the whole suite (no test path among the arguments) is spread over `VENICE_TEST_WORKERS`
pytest-xdist workers (default 3, measured best on two cores: many tests wait on sockets, timers and
subprocesses, but every worker collects the suite and starts its own servers); a run of named tests
(as `make update` inside the suite asks) runs in one process, where starting workers would cost
more than it saves. check-generated runs beside the suite's start; its failure stops the suite.

pytest's exit status 5 ("no tests collected") is a failure here: an empty run proves nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import system_tools

ROOT = Path(__file__).resolve().parents[1]
# `make update` runs the suite right after its own strict regeneration into the tree: checking that
# the tree is what a regeneration makes would regenerate a second time for nothing.
NO_CHECK = "--no-check-generated"


def workers(argv: list[str]) -> list[str]:
    """The `-n` option for this run: none when `argv` names tests or chooses workers itself."""
    names_tests = any(not arg.startswith("-") for arg in argv)
    if names_tests or any(arg == "-n" or arg.startswith(("-n", "--numprocesses")) for arg in argv):
        return []
    # worksteal: a worker that runs out takes half of the busiest one's queue, so the long tests
    # (collected first, tests/conftest.py) end up spread over the workers.
    return ["-n", os.environ.get("VENICE_TEST_WORKERS", "3"), "--dist", "worksteal"]


def main(argv: list[str]) -> int:
    if (tools := system_tools.ensure()) != 0:
        return tools
    check = None
    if NO_CHECK in argv:  # the caller has just regenerated the tree itself (`make update`)
        argv = [arg for arg in argv if arg != NO_CHECK]
    else:  # checked beside the suite's start, which it would otherwise hold up; a failure stops both
        check = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "check_generated.py")], cwd=ROOT)
    suite = subprocess.Popen([sys.executable, "-m", "pytest", *workers(argv), *argv], cwd=ROOT)
    if check is not None and check.wait() != 0:
        suite.terminate()
        suite.wait()
        return check.returncode
    status = suite.wait()
    if status == 5:
        print("run_tests: pytest collected no tests; treating as a failure", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
