"""How many lines a user writes for two tasks with the helpers, with openai-python, and with ``create()``.

Two tasks, each written three ways as a user would write them (``bench/tasks/``, idiomatic, typed,
no comments, the same behaviour and output):

- extract: a pydantic ``Person(name, birth_year, city, occupation)`` from a sentence, printed.
  ``extract_venice.py`` is this client's ``chat.completions.parse(response_format=Person)``,
  ``extract_openai.py`` openai-python's ``chat.completions.parse``, ``extract_create.py`` this
  client's ``create()`` with the strict JSON schema written by hand, ``json.loads`` and
  ``Person.model_validate`` (a None content gives None, as ``parse`` does).
- tools: ``get_weather(city, unit)`` and ``get_time(city)``, plain functions with docstrings; the
  calls the model asks for are run and their results sent back until it answers (at most 5 rounds),
  then the answer and the total tokens are printed. ``tools_venice.py`` is ``run_tools(tools=[...],
  max_iterations=5)``; ``tools_openai.py`` and ``tools_create.py`` write the tool schemas and the
  loop by hand (openai-python's ``chat.completions`` has ``parse`` and ``stream`` but no tool
  runner: the row says which version was checked), passing a tool's failure back to the model as
  ``run_tools`` does.

Each file runs as a subprocess against the offline Venice (``venice.testing.OfflineVenice``, through
``VENICE_BASE_URL`` / ``VENICE_API_KEY``): the venice ones with this interpreter, the openai ones with
``--openai-python`` (default ``.venv-bench/bin/python`` of this checkout, else this interpreter if it
has openai; neither: those rows are skipped, saying so). A row ran ok when it exited 0 and printed
what the other ways of its task print (compared with white space removed: ``run_tools`` sends
compact JSON, ``json.dumps`` spaced) in the task's shape. The offline Venice calls a tool while tools
are given and the conversation does not end with tool results, then answers in text: the tool task
takes 2 API calls there (counted from the server's ``requests``), the extract task 1.

The line count: ``lines`` is every non-blank line that is not only a comment (the files have none);
``no imports`` leaves out the import statements too (every line of a statement split over several).
Docstrings count: they are the tools' descriptions.

Run: .venv/bin/python bench/helpers_loc.py [--openai-python PATH]
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from venice.testing import OfflineVenice

HERE = Path(__file__).resolve().parent
TASKS = HERE / "tasks"
WAYS = ("venice", "openai", "create")
SHAPES = {
    "extract": re.compile(r"name='[^']*' birth_year=\d+ city='[^']*' occupation='[^']*'\n"),
    "tools": re.compile(r".+\n\d+ tokens\n"),
}


@dataclass
class Row:
    task: str
    way: str
    lines: int
    without_imports: int
    calls: int | None = None
    output: str | None = None
    note: str = ""


def count_lines(path: Path) -> tuple[int, int]:
    """(non-blank lines that are not only a comment, the same without the import statements)."""
    text = path.read_text()
    imports: set[int] = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            imports.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    code = [
        n for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.lstrip().startswith("#")
    ]
    return len(code), len([n for n in code if n not in imports])


def openai_python(given: str | None) -> tuple[str | None, str]:
    """The interpreter for the openai rows and what it offers (or why there is none)."""
    candidates = [Path(given)] if given else [HERE.parent / ".venv-bench" / "bin" / "python"]
    python = next((str(c) for c in candidates if c.exists()), None)
    if python is None and not given and importlib.util.find_spec("openai") is not None:
        python = sys.executable
    if python is None:
        return None, f"no interpreter with openai ({candidates[0]} does not exist): openai rows skipped"
    probe = (
        "import openai; c = openai.OpenAI(api_key='x').chat.completions;"
        "print(openai.__version__, [m for m in ('parse', 'stream', 'run_tools') if hasattr(c, m)])"
    )
    done = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None, f"{python} cannot import openai: openai rows skipped"
    version, methods = done.stdout.strip().split(" ", 1)
    return python, f"openai {version} ({python}): chat.completions offers {methods}"


def run(offline: OfflineVenice, python: str, row: Row) -> None:
    env = {**os.environ, "VENICE_BASE_URL": offline.base_url, "VENICE_API_KEY": "offline-key"}
    before = len(offline.requests)
    done = subprocess.run(
        [python, str(TASKS / f"{row.task}_{row.way}.py")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    row.calls = sum(1 for r in list(offline.requests)[before:] if r.path.endswith("/chat/completions"))
    if done.returncode != 0:
        row.note = f"exit {done.returncode}: {done.stderr.strip().splitlines()[-1:]}"
    elif not SHAPES[row.task].fullmatch(done.stdout):
        row.note = f"unexpected output {done.stdout!r}"
    else:
        row.output = "".join(done.stdout.split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--openai-python", help="the interpreter with openai-python for the openai rows")
    args = parser.parse_args()
    started = time.perf_counter()
    openai_py, about_openai = openai_python(args.openai_python)
    print(about_openai)
    rows = [Row(task, way, *count_lines(TASKS / f"{task}_{way}.py")) for task in SHAPES for way in WAYS]
    with OfflineVenice() as offline:
        for row in rows:
            python = openai_py if row.way == "openai" else sys.executable
            if python is None:
                row.note = "skipped: no openai-python"
            else:
                run(offline, python, row)
    for task in SHAPES:
        outputs = {row.output for row in rows if row.task == task and row.output is not None}
        if len(outputs) > 1:
            for row in rows:
                if row.task == task and row.output is not None:
                    row.note = "output differs from the other ways"
    header = f"{'task':<8} {'way':<7} {'lines':>5} {'no imports':>10} {'API calls':>9}  ran ok"
    print(header)
    print("-" * len(header))
    for row in rows:
        ok = "yes" if row.output is not None and not row.note else f"no ({row.note})"
        calls = "-" if row.calls is None else str(row.calls)
        print(f"{row.task:<8} {row.way:<7} {row.lines:>5} {row.without_imports:>10} {calls:>9}  {ok}")
    for task in SHAPES:
        by_way = {row.way: row for row in rows if row.task == task}
        helper = by_way["venice"].without_imports
        others = ", ".join(
            f"{way} {by_way[way].without_imports} ({by_way[way].without_imports / helper:.1f}x)"
            for way in ("openai", "create")
        )
        print(f"{task}: the venice helper {helper} lines without imports; {others}")
    print(f"({time.perf_counter() - started:.1f} s)")
    failed = [row for row in rows if row.note and not row.note.startswith("skipped")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
