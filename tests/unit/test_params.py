"""The keyword-argument TypedDicts (``venice.types.request_params``), the operation table
(``venice._generated.operation_table``) and the methods agree: three renderings of one spec.

For every operation, a key a type checker accepts is accepted at run time, an argument the table
offers is offered to editors, and both agree on what is required; each registry method is declared
for its own operation, with its path parameters positional and every argument in its signature.
The static checks of what users write are in ``tests/typing``.
"""

from __future__ import annotations

import functools
import inspect
import typing
from typing import Any

import pytest

import venice
import venice.types.request_params
from venice._binding._operations import Operation, method_paths, operation

OPTIONS = frozenset(venice.types.request_params.RequestOptions.__annotations__)
# A header the engine fills from the client's x402 auth when the caller leaves it out (build_request),
# so the TypedDicts never mark it Required although the spec does.
CLIENT_SUPPLIED = frozenset({"sign_in_with_x"})


def typed_dict(operation_id: str) -> Any:
    return getattr(venice.types.request_params, operation(operation_id).params_class)


def keys(operation_id: str) -> dict[str, bool]:
    """TypedDict key -> Required, options left out. (``__required_keys__`` cannot be used: the
    module's postponed annotations hide ``Required`` from it before Python 3.14.)"""
    hints = typing.get_type_hints(typed_dict(operation_id), include_extras=True)
    return {k: typing.get_origin(v) is typing.Required for k, v in hints.items() if k not in OPTIONS}


def streams(op: Operation) -> bool:
    return op.stream_item() is not None


@pytest.mark.parametrize("operation_id", sorted(method_paths()))
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
    """The method at an operation's method path is generated for that operation (its docstring
    starts with the operation's HTTP method and path), takes its path parameters first, and its
    signature lists every argument with its default."""
    client = client_class(api_key="k")
    wrong = []
    for operation_id, path in sorted(method_paths().items()):
        method = functools.reduce(getattr, path.split("."), client)
        op = operation(operation_id)
        if not (inspect.getdoc(method) or "").startswith(f"{op.method} {op.path}"):
            wrong.append(f"{path}: not the method of {op.method} {op.path}")
            continue
        parameters = inspect.signature(method).parameters
        positional = [
            p.name for p in parameters.values() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
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


@pytest.mark.parametrize("client_class", [venice.Venice, venice.AsyncVenice], ids=["sync", "async"])
def test_help_and_type_hints_cover_every_argument(client_class: Any) -> None:
    """``typing.get_type_hints`` resolves every method's annotations, and ``help()`` shows each
    argument (its description from the spec: tests/pipeline/test_generated_client.py)."""
    client = client_class(api_key="k")
    missing = []
    for operation_id, path in sorted(method_paths().items()):
        method = functools.reduce(getattr, path.split("."), client)
        hints = typing.get_type_hints(method)
        assert "return" in hints, path
        doc = inspect.getdoc(method) or ""
        missing += [
            f"{path}: {name}" for name in operation(operation_id).arguments if f"    {name}: " not in doc
        ]
    assert not missing, missing


def test_a_signature_shows_types_and_defaults() -> None:
    create = venice.Venice(api_key="k").chat.completions.create
    parameters = inspect.signature(create, eval_str=True).parameters
    assert parameters["model"].default is inspect.Parameter.empty and parameters["model"].annotation is str
    assert parameters["temperature"].default is venice.NOT_GIVEN
    assert list(parameters)[-4:] == ["extra_headers", "extra_query", "extra_body", "timeout"]
    assert "messages: Required" not in str(inspect.signature(create))
