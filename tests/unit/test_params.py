"""The keyword-argument TypedDicts (``venice_api.params``), the operation table
(``venice_api.operations``) and the methods agree: three renderings of one spec.

For every operation, a key a type checker accepts is accepted at run time, an argument the table
offers is offered to editors, and both agree on what is required; each registry method is declared
for its own operation, with its path parameters positional and every argument in its signature.
A static check (``mypy --strict`` on ``typing_cases.py``) proves the methods are typed by them.
"""

from __future__ import annotations

import functools
import inspect
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
import venice_api.params

import venice
from venice._operations import Operation, operation
from venice._registry import OPERATIONS

OPTIONS = frozenset(venice_api.params.RequestOptions.__annotations__)
# A header the engine fills from the client's x402 auth when the caller leaves it out (build_request),
# so the TypedDicts never mark it Required although the spec does.
CLIENT_SUPPLIED = frozenset({"sign_in_with_x"})
ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("typing_cases.py")
MYPY = ["--strict", "--config-file", "pyproject.toml", "--show-error-codes", "--hide-error-context"]
MYPY += ["--no-error-summary", "--no-pretty"]


def typed_dict(operation_id: str) -> Any:
    return getattr(venice_api.params, operation_id[0].upper() + operation_id[1:] + "Params")


def keys(operation_id: str) -> dict[str, bool]:
    """TypedDict key -> Required, options left out. (``__required_keys__`` cannot be used: the
    module's postponed annotations hide ``Required`` from it before Python 3.14.)"""
    hints = typing.get_type_hints(typed_dict(operation_id), include_extras=True)
    return {k: typing.get_origin(v) is typing.Required for k, v in hints.items() if k not in OPTIONS}


def streams(op: Operation) -> bool:
    return op.stream_item() is not None


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_typed_dict_keys_are_the_table_arguments(operation_id: str) -> None:
    op = operation(operation_id)
    declared = keys(operation_id)
    rejected = sorted(k for k in declared if op.aliases.get(k) is None)
    assert not rejected, f"{operation_id}: TypedDict keys the engine rejects: {rejected}"

    offered = {op.aliases[k] for k in declared} | set(op.path_params)
    if streams(op):
        assert "stream" not in declared, f"{operation_id}: 'stream' is the method's own keyword, not a key"
        offered.add("stream")
    missing = sorted(set(op.accepted()) - offered)
    assert not missing, f"{operation_id}: table arguments missing from the TypedDict: {missing}"

    overlap = sorted(set(declared) & set(op.path_params))
    assert not overlap, f"{operation_id}: path parameters are positional, not keys: {overlap}"

    required = {op.aliases[k] for k, is_required in declared.items() if is_required}
    needed = {name for name, a in op.arguments.items() if a.required and a.where != "path"} - CLIENT_SUPPLIED
    for body in op.bodies[-1:]:  # required keys of the body are those every variant requires
        needed |= set(body.required) & set.intersection(*(set(b.required) for b in op.bodies))
    assert required == needed, (
        f"{operation_id}: Required keys {sorted(map(str, required))} but the table requires {sorted(needed)}"
    )


@pytest.mark.parametrize("client_class", [venice.Venice, venice.AsyncVenice], ids=["sync", "async"])
def test_each_method_is_declared_for_its_operation_with_every_argument(client_class: Any) -> None:
    """The registry's method of an operation is declared for that operation (``@endpoint``), takes
    its path parameters positionally, and its signature lists every argument with its default."""
    client = client_class(api_key="k")
    wrong = []
    for operation_id, path in sorted(OPERATIONS.items()):
        method = functools.reduce(getattr, path.split("."), client)
        if getattr(method, "__venice_operation__", None) != operation_id:
            wrong.append(f"{path}: declared for {getattr(method, '__venice_operation__', None)}")
            continue
        parameters = inspect.signature(method).parameters
        positional = [p.name for p in parameters.values() if p.kind is inspect.Parameter.POSITIONAL_ONLY]
        if positional != operation(operation_id).path_params:
            wrong.append(f"{path}: positional {positional}")
        expected = (
            set(keys(operation_id)) | OPTIONS | ({"stream"} if streams(operation(operation_id)) else set())
        )
        if set(parameters) - set(positional) != expected:
            wrong.append(f"{path}: signature {sorted(parameters)}")
        required = {n for n, p in parameters.items() if p.default is inspect.Parameter.empty} - set(
            positional
        )
        if required != {k for k, r in keys(operation_id).items() if r}:
            wrong.append(f"{path}: required {sorted(required)}")
    assert not wrong, "\n".join(wrong)


EXPECT_ERROR = re.compile(r"#\s*E:\s*\[(?P<code>[\w-]+)\]\s*(?P<text>.*?)\s*$")
EXPECT_REVEAL = re.compile(r"#\s*R:\s*(?P<type>.+?)\s*$")
REVEALED = re.compile(r'Revealed type is "(?P<type>.*)"$')
MODULE_PATH = re.compile(r"\b(?:\w+\.)+(?=\w)")  # venice._streaming.Stream -> Stream
MYPY_LINE = re.compile(r".*typing_cases\.py:(?P<line>\d+): (?P<kind>error|note): (?P<message>.*)$")


def test_mypy_checks_arguments_and_return_types() -> None:
    """One ``mypy --strict`` run over ``typing_cases.py``: each ``# E: [<code>] <text>`` line must
    report that error, each ``# R: <type>`` line must reveal that type, and no other line may report."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *MYPY, str(CASES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert not result.stderr.strip(), result.stderr
    errors: dict[int, list[str]] = {}
    reveals: dict[int, list[str]] = {}
    for line in result.stdout.splitlines():
        match = MYPY_LINE.match(line)
        assert match, f"unexpected mypy output: {line}\n{result.stdout}"
        number, message = int(match["line"]), match["message"]
        if match["kind"] == "error":
            errors.setdefault(number, []).append(message)
        elif revealed := REVEALED.match(message):
            reveals.setdefault(number, []).append(MODULE_PATH.sub("", revealed["type"]))
        # other notes only elaborate on an error of the same line

    problems = []
    for number, line in enumerate(CASES.read_text().splitlines(), 1):
        got_errors, got_reveals = errors.pop(number, []), reveals.pop(number, [])
        if want := EXPECT_ERROR.search(line):
            if not any(e.endswith(f"[{want['code']}]") and want["text"] in e for e in got_errors):
                problems.append(
                    f"line {number}: expected [{want['code']}] {want['text']!r}, got {got_errors}"
                )
            continue
        if (want := EXPECT_REVEAL.search(line)) and want["type"] not in got_reveals:
            problems.append(f"line {number}: expected {want['type']}, got {got_reveals}")
        problems += [f"line {number}: unexpected error: {e}" for e in got_errors]
    assert not problems, "\n".join(problems) + "\n\nmypy said:\n" + result.stdout
    assert not errors and not reveals, (errors, reveals)
