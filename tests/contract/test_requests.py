"""Request contract: what the ergonomic layer sends for every operation conforms to the spec.

Each operation is called through its registry binding with arguments built from the spec
(``_calls.py``); the request is captured with ``httpx.MockTransport`` and checked: method, path,
query and header parameters, content type, and the body against the overlaid request schema with a
JSON Schema validator (OpenAPI 3.0 semantics, ``_oas.py``). JSON, streaming (``stream=True``) and
multipart uploads are all covered, in ``Venice`` and ``AsyncVenice``.
"""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import httpx
import pytest
from _calls import Call, calls_for, check_request
from _clients import API_KEY, bound_method
from _known import LAYER_MISMATCHES, params
from _responses import Served, success
from _spec import contract
from _values import PNG_1X1

from venice import AsyncVenice, Venice
from venice._binding._operations import method_paths

BASE_URL = "http://127.0.0.1:9/api/v1"
PREFIX = "/api/v1"

SCHEMAS, OPS = contract()
CALLS = [call for op in OPS for call in calls_for(SCHEMAS, op)]

PARAMS = params(CALLS, lambda c: c.id, LAYER_MISMATCHES)


def _respond(served: Served) -> httpx.Response:
    return httpx.Response(served.status, headers={"content-type": served.content_type}, content=served.body)


def _consume(result: Any) -> None:
    """Finish whatever the call returned (a stream is iterated, a binary body read)."""
    if hasattr(result, "__iter__") and hasattr(result, "close") and not hasattr(result, "content"):
        for _ in result:
            pass
    elif hasattr(result, "content") and hasattr(result, "iter_bytes"):
        assert result.content


async def _aconsume(result: Any) -> None:
    if hasattr(result, "__aiter__"):
        async for _ in result:
            pass
    elif hasattr(result, "read") and hasattr(result, "iter_bytes"):
        assert await result.read()


def _expect_error(served: Served) -> bool:
    return served.status >= 400


def test_every_operation_has_a_request_case() -> None:
    assert {c.operation.operation_id for c in CALLS} == {o.operation_id for o in OPS}


@pytest.mark.parametrize("call", PARAMS)
def test_request_conforms_sync(call: Call) -> None:
    served = success(SCHEMAS, call.operation, call.variant)
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        captured.append(request)
        return _respond(served)

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with (
        http_client,
        Venice(api_key=API_KEY, base_url=BASE_URL, max_retries=0, http_client=http_client) as client,
    ):
        method = bound_method(client, method_paths()[call.operation.operation_id])
        _call_and_check(call, served, lambda: method(**call.kwargs), captured)


@pytest.mark.anyio
@pytest.mark.parametrize("call", PARAMS)
async def test_request_conforms_async(call: Call) -> None:
    served = success(SCHEMAS, call.operation, call.variant)
    captured: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        captured.append(request)
        return _respond(served)

    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with (
        http_client,
        AsyncVenice(api_key=API_KEY, base_url=BASE_URL, max_retries=0, http_client=http_client) as client,
    ):
        method = bound_method(client, method_paths()[call.operation.operation_id])
        try:
            result = await method(**call.kwargs)
            await _aconsume(result)
        except Exception as exc:
            _check_error(call, served, exc)
        else:
            assert not _expect_error(served), (
                f"{call.operation.name}: expected an error for HTTP {served.status}"
            )
    _check_captured(call, captured)


def _call_and_check(call: Call, served: Served, invoke: Any, captured: list[httpx.Request]) -> None:
    try:
        _consume(invoke())
    except Exception as exc:
        _check_error(call, served, exc)
    else:
        assert not _expect_error(served), f"{call.operation.name}: expected an error for HTTP {served.status}"
    _check_captured(call, captured)


def _check_error(call: Call, served: Served, exc: Exception) -> None:
    from venice import APIStatusError

    if not (_expect_error(served) and isinstance(exc, APIStatusError) and exc.status_code == served.status):
        raise AssertionError(
            f"{call.operation.name} [{call.variant}] raised {type(exc).__name__}: {exc}"
        ) from exc


def _check_captured(call: Call, captured: list[httpx.Request]) -> None:
    assert len(captured) == 1, f"{call.operation.name}: sent {len(captured)} requests, expected 1"
    problems = check_request(SCHEMAS, call, captured[0], PREFIX)
    assert not problems, (
        f"{call.operation.name} [{call.variant}] request departs from the spec:\n  " + "\n  ".join(problems)
    )


def test_multipart_file_array_is_one_part_per_file() -> None:
    """An array of binary in a multipart body (``images`` of /image/multi-edit) goes out as one file
    part per item under the property's name, in order (OpenAPI 3.0's form encoding of arrays)."""
    op = next(o for o in OPS if o.operation_id == "multiEditImage")
    call = next(c for c in calls_for(SCHEMAS, op) if c.variant == "multipart")
    images = [("base.png", PNG_1X1, "image/png"), ("layer.png", PNG_1X1, "image/png")]
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        captured.append(request)
        return _respond(success(SCHEMAS, op, call.variant))

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with (
        http_client,
        Venice(api_key=API_KEY, base_url=BASE_URL, max_retries=0, http_client=http_client) as client,
    ):
        _consume(bound_method(client, method_paths()[op.operation_id])(**{**call.kwargs, "images": images}))
    head = f"Content-Type: {captured[0].headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + captured[0].content)
    parts = [
        (
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]
    assert [p for p in parts if p[0] == "images"] == [("images", name, PNG_1X1) for name, _, _ in images]
    assert not check_request(SCHEMAS, call, captured[0], PREFIX)
