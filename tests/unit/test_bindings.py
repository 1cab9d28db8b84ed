"""The generated binding layer (`venice.resources`) is real code a maintainer can read: every
file says where to make a change instead, go-to-definition lands on a literal `def` of its
operation, and `help()` shows the exact result type of each mode."""

from __future__ import annotations

import functools
import inspect
from pathlib import Path
from typing import Any

import pytest

import venice
import venice.resources
from venice._binding._operations import method_paths, operation

RESOURCES = Path(venice.resources.__file__).parent


@pytest.mark.parametrize("path", sorted(RESOURCES.glob("*.py")), ids=lambda p: p.name)
def test_every_generated_file_says_where_to_change_it(path: Path) -> None:
    head = path.read_text(encoding="utf-8")[:1200]
    assert "never edit by\nhand" in head or "never edit by hand" in head.replace("\n", " ")
    for where in ("bindings.yaml", "overlays/", "src/venice"):
        assert where in head, f"{path.name} does not point at {where}"


@pytest.mark.parametrize("client_class", [venice.Venice, venice.AsyncVenice], ids=["sync", "async"])
def test_each_method_is_a_literal_def_of_its_operation(client_class: type) -> None:
    client = client_class(api_key="k")
    for operation_id, path in method_paths().items():
        method = functools.reduce(getattr, path.split("."), client)
        source = inspect.getsource(method)
        assert f"def {path.rsplit('.', 1)[1]}(" in source, path
        assert f'"{operation_id}",' in source.split('"""')[-1], path  # its body calls its own operation
        assert Path(inspect.getsourcefile(method) or "").parent == RESOURCES


def test_help_shows_the_result_type_of_each_mode() -> None:
    completions = venice.Venice(api_key="k").chat.completions

    def returns(function: Any) -> str:
        return str(inspect.signature(function).return_annotation)

    assert returns(completions.create) == "ChatCompletion | Stream[ChatCompletionChunk]"
    raw = "APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]"
    assert returns(completions.with_raw_response.create) == raw
    assert returns(completions.with_streaming_response.create) == f"ResponseContextManager[{raw}]"
    models = venice.AsyncVenice(api_key="k").models
    assert returns(models.list) == "ModelList" and inspect.iscoroutinefunction(models.list)
    assert returns(models.with_raw_response.list) == "AsyncAPIResponse[ModelList]"


def test_path_parameters_come_first_and_the_rest_is_keyword_only() -> None:
    client = venice.Venice(api_key="k")
    checked = 0
    for operation_id, path in method_paths().items():
        op = operation(operation_id)
        parameters = list(
            inspect.signature(functools.reduce(getattr, path.split("."), client)).parameters.values()
        )
        first = parameters[: len(op.path_params)]
        assert [p.name for p in first] == op.path_params, path
        assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in first), path
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters[len(op.path_params) :]), path
        checked += bool(op.path_params)
    assert checked  # the pinned spec has operations with path parameters
