"""Every operation of the spec, through its public method, sync and async (MockTransport).

Arguments are derived from the operation table's request schemas (required fields only, a valid
value per type); the request's method and path are checked against the pinned spec.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import venice
from venice._binding._operations import json_answer, method_paths, operation, resolve_model

from .samples import arguments

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@functools.cache
def spec_operations() -> dict[str, tuple[str, str]]:
    """The operations of the project's pinned spec (spec/lock.json), whichever it is."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    from pipeline.pull import Lock, pull

    document = yaml.safe_load(pull(Lock.read()).read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str]] = {}
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                found[op.get("operationId") or f"{method} {path}"] = (method.upper(), path)
    return found


def resolve(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def path_regex(template: str) -> str:
    return "^/api/v1" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"unexpected_but_kept": True}, headers={"X-Balance-Remaining": "1.5"})


def test_the_bindings_cover_the_spec() -> None:
    spec = spec_operations()
    # GET /image/styles has no operationId in the raw spec; the overlay names it listImageStyles.
    assert set(method_paths()) - {"listImageStyles"} == set(spec) - {"get /image/styles"}
    from venice._generated.operation_table import OPERATIONS as TABLE

    assert set(TABLE) == set(method_paths())


@pytest.mark.parametrize("operation_id", sorted(method_paths()))
def test_operation_sync(operation_id: str) -> None:
    recorder: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        recorder.append(request)
        return handler(request)

    client = venice.Venice(
        api_key="k",
        base_url="https://api.test/api/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(record)),
    )
    positional, kwargs = arguments(operation_id)
    result = resolve(client, method_paths()[operation_id])(*positional, **kwargs)
    check(operation_id, recorder[-1], result)
    raw = resolve(
        client.__getattribute__(method_paths()[operation_id].split(".")[0]).with_raw_response,
        ".".join(method_paths()[operation_id].split(".")[1:]),
    )(*positional, **kwargs)
    assert raw.headers["x-balance-remaining"] == "1.5"
    check(operation_id, recorder[-1], raw.parse())


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", sorted(method_paths()))
async def test_operation_async(operation_id: str) -> None:
    recorder: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        recorder.append(request)
        return handler(request)

    client = venice.AsyncVenice(
        api_key="k",
        base_url="https://api.test/api/v1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(record)),
    )
    positional, kwargs = arguments(operation_id)
    result = await resolve(client, method_paths()[operation_id])(*positional, **kwargs)
    check(operation_id, recorder[-1], result)


def check(operation_id: str, request: httpx.Request, result: Any) -> None:
    method, template = spec_operations().get(operation_id) or ("GET", "/image/styles")
    assert request.method == method
    assert re.match(path_regex(template), request.url.path), (request.url.path, template)
    assert request.headers["authorization"] == "Bearer k"
    kind = json_answer(operation(operation_id), 200)
    if isinstance(kind, str):
        assert isinstance(result, resolve_model(kind)), type(result)
        assert result.additional_properties == {"unexpected_but_kept": True}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize("operation_id", ["createSpeech", "upscaleImage", "retrieveVideo"])
def test_binary_operations_stream_to_file(operation_id: str, tmp_path: Path) -> None:
    payload = bytes(range(256)) * 1000
    client = venice.Venice(
        api_key="k",
        http_client=httpx.Client(
            transport=httpx.MockTransport(
                lambda r: httpx.Response(
                    200,
                    content=payload,
                    headers={
                        "content-type": "application/octet-stream"
                        if operation_id == "upscaleImage"
                        else "audio/mpeg"
                    },
                )
            )
        ),
    )
    positional, kwargs = arguments(operation_id)
    result = resolve(client, method_paths()[operation_id])(*positional, **kwargs)
    assert isinstance(result, venice.BinaryResponse)
    result.write_to_file(tmp_path / "out.bin")
    assert (tmp_path / "out.bin").read_bytes() == payload
    assert result.http_response.is_closed
