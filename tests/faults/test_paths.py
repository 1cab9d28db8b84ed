"""Path parameters can never change the path (issue 9, item 1).

Every operation with a path parameter is found from the registry and the operation table the
pipeline writes (not listed by hand), and called sync and async against a server that
records the raw request line: ``.`` and ``..`` are refused before any byte is sent; other values,
dots and percent signs included, arrive as one encoded segment in the documented place.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from venice._binding._operations import method_paths, operation

from ._modes import run
from .raw_server import RawServer, ok

# Values for required arguments other than path parameters, by name. An operation needing one
# not listed here fails test_every_required_argument_is_known, so new operations are not skipped.
OTHER_REQUIRED: dict[str, Any] = {
    "body": {"jsonrpc": "2.0", "id": 1, "method": "eth_blockNumber", "params": []},
    "sign_in_with_x": "siwx-header-value",
}


def pinned_routes() -> dict[str, tuple[str, str]]:
    """operationId -> (method, path) of the project's pinned spec (spec/lock.json)."""
    scripts = str(Path(__file__).resolve().parents[2] / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    from pipeline.pull import Lock, pull
    from pipeline.specio import iter_operations, load_spec

    doc = load_spec(pull(Lock.read()))
    return {str(op.get("operationId")): (m, p) for m, p, op in iter_operations(doc) if op.get("operationId")}


def _path_operations() -> list[str]:
    return sorted(op for op in method_paths() if "{" in operation(op).path)


PATH_OPERATIONS = _path_operations()


def _required_others(operation_id: str) -> dict[str, Any]:
    op = operation(operation_id)
    names = [a.name for a in op.arguments.values() if a.required and a.where in ("query", "header")]
    if op.raw_body:
        names.append("body")
    return {name: OTHER_REQUIRED[name] for name in names}


def _call(mode: str, server: RawServer, operation_id: str, value: str) -> Any:
    info = operation(operation_id)
    values = [value] * len(info.path_params)
    return run(
        mode, server.base_url, "call", method_paths()[operation_id], *values, **_required_others(operation_id)
    )


def test_the_operations_are_found() -> None:
    # Every operation whose path has a parameter, in the pinned spec (read apart from the table).
    templated = {op_id for op_id, (_method, path) in pinned_routes().items() if "{" in path}
    assert templated and set(PATH_OPERATIONS) == templated
    assert all(operation(op).path_params for op in PATH_OPERATIONS)


@pytest.mark.parametrize("operation_id", PATH_OPERATIONS)
def test_every_required_argument_is_known(operation_id: str) -> None:
    _required_others(operation_id)  # KeyError names an argument to add to OTHER_REQUIRED


@pytest.mark.parametrize("value", [".", ".."])
@pytest.mark.parametrize("operation_id", PATH_OPERATIONS)
def test_dot_segments_are_refused_before_sending(
    raw_server: Any, mode: str, operation_id: str, value: str
) -> None:
    server = raw_server(lambda request: ok({}))
    argument = operation(operation_id).path_params[0]
    with pytest.raises(ValueError) as info:
        _call(mode, server, operation_id, value)
    assert f"argument {argument!r} must not be {value!r}" in str(info.value)
    assert server.requests == []


@pytest.mark.parametrize("value", ["...", ".a", "a..", "%2e%2e", "%2E", "a/../b", "?x=1#f"])
@pytest.mark.parametrize("operation_id", PATH_OPERATIONS)
def test_other_values_stay_one_segment_in_place(
    raw_server: Any, mode: str, operation_id: str, value: str
) -> None:
    server = raw_server(lambda request: ok({}))
    _call(mode, server, operation_id, value)
    (request,) = server.requests
    template = operation(operation_id).path
    name = template[template.index("{") + 1 : template.index("}")]
    expected = "/api/v1" + template.replace("{" + name + "}", quote(value, safe=""))
    assert request.raw_line.split(b" ")[1].split(b"?")[0].decode() == expected
