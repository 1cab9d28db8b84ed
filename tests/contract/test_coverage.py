"""Coverage contract: every operation of the pinned spec is bound to exactly one public method.

The operation table's method paths (from ``bindings.yaml`` or the naming rule) must cover the spec's
operations exactly, with no method bound twice, and every path must exist on both ``Venice`` (a plain
method) and ``AsyncVenice`` (a coroutine function, but in the streaming-response mode). Failures list
operations by name, so a spec the bindings do not follow says exactly what is missing.
"""

from __future__ import annotations

import inspect
from collections import Counter

import httpx
import pytest
from _clients import API_KEY, bound_method
from _spec import Operation

from venice import AsyncVenice, Venice
from venice._binding._operations import method_paths


def test_every_spec_operation_has_an_operation_id(spec_operations: list[Operation]) -> None:
    assert spec_operations
    missing = [f"{o.method} {o.path}" for o in spec_operations if not o.operation_id]
    assert not missing, f"operations without operationId (add one in overlays/01-operation-ids): {missing}"


def test_the_bindings_bind_exactly_the_spec_operations(spec_operations: list[Operation]) -> None:
    in_spec = {o.operation_id: o for o in spec_operations}
    unbound = sorted(o.name for op_id, o in in_spec.items() if op_id not in method_paths())
    unknown = sorted(f"{op_id} -> {path}" for op_id, path in method_paths().items() if op_id not in in_spec)
    twice = sorted(
        f"{path} <- {', '.join(k for k, v in method_paths().items() if v == path)}"
        for path, n in Counter(method_paths().values()).items()
        if n > 1
    )
    problems = []
    if unbound:
        problems.append(f"{len(unbound)} spec operation(s) bound to no method: " + "; ".join(unbound))
    if unknown:
        problems.append(
            f"{len(unknown)} registry entr(y/ies) for operations the spec lacks: " + "; ".join(unknown)
        )
    if twice:
        problems.append("method(s) bound to more than one operation: " + "; ".join(twice))
    assert not problems, "\n".join(problems)


def test_every_binding_exists_on_venice() -> None:
    with Venice(api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(_never))) as client:
        problems = []
        for op_id, dotted in sorted(method_paths().items()):
            try:
                method = bound_method(client, dotted)
            except AttributeError as exc:
                problems.append(f"{op_id}: {exc}")
                continue
            if not callable(method) or inspect.iscoroutinefunction(method):
                problems.append(f"{op_id}: Venice.{dotted} is not a plain method")
        assert not problems, "\n".join(problems)


@pytest.mark.anyio
async def test_every_binding_exists_on_async_venice() -> None:
    transport = httpx.MockTransport(_never)
    async with AsyncVenice(api_key=API_KEY, http_client=httpx.AsyncClient(transport=transport)) as client:
        problems = []
        for op_id, dotted in sorted(method_paths().items()):
            try:
                method = bound_method(client, dotted)
            except AttributeError as exc:
                problems.append(f"{op_id}: {exc}")
                continue
            *where, name = dotted.split(".")
            namespace = bound_method(client, ".".join(where))
            raw = getattr(namespace.with_raw_response, name)
            streamed = getattr(namespace.with_streaming_response, name)
            if not (inspect.iscoroutinefunction(method) and inspect.iscoroutinefunction(raw)):
                problems.append(f"{op_id}: AsyncVenice.{dotted} is not a coroutine function")
            # The streaming-response mode returns the context manager that `async with` enters.
            if inspect.iscoroutinefunction(streamed):
                problems.append(f"{op_id}: its streaming-response method is a coroutine function")
        assert not problems, "\n".join(problems)


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"the coverage contract must not send requests ({request.method} {request.url})")
