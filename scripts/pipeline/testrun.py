"""Run the README's test command (`scripts/run_tests.py`) and name the tests that failed.

For `make update` and the history replay: the output goes to a log file, the failures are read from
pytest's JUnit XML (`file::test` ids, or the file alone when it could not be collected), never scraped
from the console. A module that fails to collect is one failure, and the other modules still run
(`--continue-on-collection-errors`): one broken import must not hide every other test's result. This
module must not decide what a failure means.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN_TESTS = ROOT / "scripts" / "run_tests.py"


@dataclass
class SuiteRun:
    returncode: int
    failures: list[str] = field(default_factory=list)
    collected: int = 0
    log: Path | None = None

    @property
    def ran_pytest(self) -> bool:
        """False when the run stopped before pytest (check-generated failed)."""
        return self.collected > 0


def run_suite(pytest_args: list[str], log: Path, junit: Path, *, check_generated: bool = True) -> SuiteRun:
    """`scripts/run_tests.py` with `pytest_args` (none: the whole suite); output to `log`. Without
    `check_generated`, the run trusts that the caller has just regenerated the tree."""
    junit.unlink(missing_ok=True)
    command = [
        sys.executable,
        str(RUN_TESTS),
        *([] if check_generated else ["--no-check-generated"]),
        *pytest_args,
        f"--junitxml={junit}",
        "--continue-on-collection-errors",
    ]
    with log.open("w", encoding="utf-8") as handle:
        proc = subprocess.run(command, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT, check=False)
    failures, collected = read_junit(junit) if junit.is_file() else ([], 0)
    return SuiteRun(proc.returncode, failures, collected, log)


def read_junit(path: Path) -> tuple[list[str], int]:
    """(failed or errored test ids as `tests/x/test_y.py::name`, number of test cases) from JUnit XML."""
    root = ElementTree.parse(path).getroot()
    failures, cases = [], 0
    for case in root.iter("testcase"):
        cases += 1
        if case.find("failure") is not None or case.find("error") is not None:
            if not case.get("classname"):  # a collection error: `name` is the module
                failures.append(_split_classname(str(case.get("name")))[0])
                continue
            module, _, klass = _split_classname(str(case.get("classname")))
            name = f"{klass}::{case.get('name')}" if klass else str(case.get("name"))
            failures.append(f"{module}::{name}")
    return sorted(set(failures)), cases


def _split_classname(classname: str) -> tuple[str, str, str]:
    """`tests.unit.test_x.TestY` -> (`tests/unit/test_x.py`, ``, `TestY`), finding the module on disk."""
    parts = classname.split(".")
    for cut in range(len(parts), 0, -1):
        candidate = "/".join(parts[:cut]) + ".py"
        if (ROOT / candidate).is_file():
            return candidate, "", ".".join(parts[cut:])
    return classname, "", ""
