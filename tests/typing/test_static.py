"""The gate on types users see: the examples the README and docs/ quote (``examples/``) pass
``mypy --strict`` and pyright with no error, and the deliberate mistakes (``mistakes.py``,
``reveal.py``, ``openai_style.py``: code written for openai-python) are reported by both, each on its
marked line, while every other line of them passes; ``reveal.py``'s ``# R:`` lines reveal the marked
type under mypy. A line tagged ``[spec: METHOD /path]`` calls an operation only some
specs have: where the pinned spec lacks it, the line is not checked (a checker rightly reports the
missing method there).

Both checkers run once per session, on all the files at once, pinned (mypy in requirements.lock,
pyright in package-lock.json) and configured by the project (``pyproject.toml``,
``pyrightconfig.json``).
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from _docs import quoted_examples
from _pinned import lacks

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
CASES = [
    HERE / "mistakes.py",
    HERE / "reveal.py",
    HERE / "chat_stream.py",
    HERE / "openai_style.py",
    HERE / "tool_run_stream.py",
]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

EXPECT_ERROR = re.compile(r"#\s*error:")
EXPECT_REVEAL = re.compile(r"#\s*R:\s*(?P<type>.+?)\s*(?:\[spec: [^]]+\]\s*)?$")
NEEDS = re.compile(r"\[spec: (?P<route>[A-Z]+ /[^]]+)\]")
MYPY_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<kind>error|note): (?P<message>.*)$")
REVEALED = re.compile(r'Revealed type is "(?P<type>.*)"$')
MODULE_PATH = re.compile(r"\b(?:[a-z_]\w*\.)+(?=[A-Z])")  # venice._results._streaming.Stream -> Stream

Findings = dict[tuple[str, int], list[str]]


@functools.cache
def mypy() -> tuple[Findings, Findings]:
    """Errors and revealed types per (file name, line), from one ``mypy --strict`` run."""
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "pyproject.toml"]
    command += ["--show-error-codes", "--hide-error-context", "--no-error-summary", "--no-pretty"]
    result = subprocess.run(
        [*command, *map(str, EXAMPLES + CASES)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert not result.stderr.strip(), result.stderr
    errors: Findings = {}
    reveals: Findings = {}
    for line in result.stdout.splitlines():
        match = MYPY_LINE.match(line)
        assert match, f"unexpected mypy output: {line}"
        where = (Path(match["file"]).name, int(match["line"]))
        if match["kind"] == "error":
            errors.setdefault(where, []).append(match["message"])
        elif revealed := REVEALED.match(match["message"]):
            reveals.setdefault(where, []).append(MODULE_PATH.sub("", revealed["type"]))
    return errors, reveals


@functools.cache
def pyright() -> Findings:
    """Errors per (file name, line), from one pyright run (standard mode, the project's config)."""
    if not PYRIGHT.exists():
        pytest.fail("pyright is not installed: `make test` installs it with `npm ci` (package.json)")
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", *map(str, EXAMPLES + CASES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stdout)
    errors: Findings = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            where = (Path(diagnostic["file"]).name, diagnostic["range"]["start"]["line"] + 1)
            errors.setdefault(where, []).append(diagnostic["message"])
    return errors


def test_there_are_examples_and_cases() -> None:
    assert len(EXAMPLES) >= 7
    assert all(path.exists() for path in CASES)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_examples_type_check_clean(example: Path, checker: str) -> None:
    errors = mypy()[0] if checker == "mypy" else pyright()
    found = {where: e for where, e in errors.items() if where[0] == example.name}
    assert not found, f"{checker} on {example.name}: {found}"
    text = example.read_text(encoding="utf-8")
    assert not re.search(r"\bcast\(|type:\s*ignore|assert isinstance", text), "no escape hatches in user code"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_marked_mistakes_are_reported_and_nothing_else(case: Path, checker: str) -> None:
    errors = dict(mypy()[0] if checker == "mypy" else pyright())
    problems = []
    for number, line in enumerate(case.read_text(encoding="utf-8").splitlines(), 1):
        got = errors.pop((case.name, number), [])
        if unchecked(line):
            continue
        if EXPECT_ERROR.search(line) and not got:
            problems.append(f"line {number}: a mistake {checker} did not report: {line.strip()}")
        elif not EXPECT_ERROR.search(line) and got:
            problems.append(f"line {number}: unexpected: {got}")
    assert not problems, "\n".join(problems)
    assert case.read_text(encoding="utf-8").count("# error:") >= 4  # the check is not vacuous


def test_mypy_reveals_the_marked_types() -> None:
    _, reveals = mypy()
    case = HERE / "reveal.py"
    problems = []
    for number, line in enumerate(case.read_text(encoding="utf-8").splitlines(), 1):
        want = EXPECT_REVEAL.search(line)
        if want and not unchecked(line) and want["type"] not in reveals.get((case.name, number), []):
            problems.append(f"line {number}: expected {want['type']}, got {reveals.get((case.name, number))}")
    assert not problems, "\n".join(problems)


def unchecked(line: str) -> bool:
    """Whether `line` is tagged with an operation the pinned spec lacks."""
    return any(lacks(need["route"]) for need in NEEDS.finditer(line))


def test_the_docs_quote_every_example_once_and_verbatim() -> None:
    quotes = quoted_examples()
    assert sorted(name for name, _ in quotes) == sorted(f"examples/{path.name}" for path in EXAMPLES)
    for name, code in quotes:
        assert code == (ROOT / name).read_text(encoding="utf-8"), f"the docs' quote and {name} differ"
