"""What Prism cannot serve, over real HTTP on 127.0.0.1: SSE streams and binary bodies.

Prism has no streaming mode (it answers ``stream: true`` with the JSON example) and cannot produce
real image/audio/video bytes, so the streamed and binary operations are served here from the spec's
own schemas: a stream of events built from the overlaid chunk/event schema, and bytes with each
binary content type the spec declares for the operation's 200.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from _calls import SSE, calls_for
from _clients import API_KEY, bound_method
from _known import PRISM_LIMITS
from _loopback import Loopback, loopback
from _responses import sse_body
from _spec import contract
from _values import PNG_1X1, SAMPLES

from venice import AsyncVenice, Venice
from venice._binding._operations import method_paths

SCHEMAS, OPS = contract()
STREAMS = [c for op in OPS for c in calls_for(SCHEMAS, op) if c.variant == "stream"]
BINARY = [
    (op, media)
    for op in OPS
    for media in ((op.responses().get("200") or {}).get("content") or {})
    if media.split("/")[0] in ("image", "audio", "video") or media in ("text/csv", "text/plain")
]


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with loopback() as running:
        yield running


def test_streaming_operations_are_the_ones_the_spec_declares() -> None:
    assert {c.operation.operation_id for c in STREAMS} == {"createChatCompletion", "createResponse"}


@pytest.mark.parametrize("call", STREAMS, ids=[c.id for c in STREAMS])
def test_stream_parses_every_event(server: Loopback, call: object) -> None:
    op = call.operation  # type: ignore[attr-defined]
    schema = op.responses()["200"]["content"][SSE]["schema"]
    event = SAMPLES.composed(schema)
    assert not SCHEMAS.errors(schema, event), f"{op.name}: composed event invalid"
    events = [event] * 3
    with httpx.Client() as http_client:
        done = op.operation_id == "createChatCompletion"
        server.serve(op.method, op.path, 200, SSE, sse_body(events, done=done))
        client = Venice(api_key=API_KEY, base_url=server.base_url, http_client=http_client, max_retries=0)
        with client, bound_method(client, method_paths()[op.operation_id])(**call.kwargs) as stream:  # type: ignore[attr-defined]
            got = [item.to_dict() for item in stream]
    assert got == events, f"{op.name}: streamed events lost or altered"


@pytest.mark.anyio
@pytest.mark.parametrize("call", STREAMS, ids=[c.id for c in STREAMS])
async def test_stream_parses_every_event_async(server: Loopback, call: object) -> None:
    op = call.operation  # type: ignore[attr-defined]
    event = SAMPLES.composed(op.responses()["200"]["content"][SSE]["schema"])
    server.serve(
        op.method,
        op.path,
        200,
        SSE,
        sse_body([event, event], done=op.operation_id == "createChatCompletion"),
    )
    async with (
        httpx.AsyncClient() as http_client,
        AsyncVenice(
            api_key=API_KEY, base_url=server.base_url, http_client=http_client, max_retries=0
        ) as client,
    ):
        stream = await bound_method(client, method_paths()[op.operation_id])(**call.kwargs)  # type: ignore[attr-defined]
        got = [item.to_dict() async for item in stream]
    assert got == [event, event]


@pytest.mark.parametrize(("op", "media"), BINARY, ids=[f"{op.operation_id}-{m}" for op, m in BINARY])
def test_binary_and_text_bodies_come_back_intact(server: Loopback, op: object, media: str) -> None:
    # Any non-stream call will do: this checks the response side (the request side is test_requests.py).
    call = next(c for c in calls_for(SCHEMAS, op) if c.variant != "stream")  # type: ignore[arg-type]
    body = PNG_1X1 * 1000 if not media.startswith("text/") else b"date,amount\n2026-08-01,1.5\n"
    with httpx.Client() as http_client:
        server.serve(op.method, op.path, 200, media, body)  # type: ignore[attr-defined]
        with Venice(
            api_key=API_KEY, base_url=server.base_url, http_client=http_client, max_retries=0
        ) as client:
            result = bound_method(client, method_paths()[op.operation_id])(**call.kwargs)  # type: ignore[attr-defined]
            got = result if isinstance(result, str) else result.content
    expected = body.decode() if media.startswith("text/") else body
    assert got == expected, f"{op.operation_id} {media}: body altered"  # type: ignore[attr-defined]


PRISM_LIMITED = [c for op in OPS for c in calls_for(SCHEMAS, op) if c.id in PRISM_LIMITS]


def test_every_prism_limit_is_a_real_call() -> None:
    # Of the operations the pinned spec has: an older one (a history replay) lacks some of them.
    in_spec = {op.operation_id for op in OPS}
    assert sorted(c.id for c in PRISM_LIMITED) == sorted(
        limit for limit in PRISM_LIMITS if limit.partition("-")[0] in in_spec
    )


@pytest.mark.anyio
@pytest.mark.parametrize("call", PRISM_LIMITED, ids=[c.id for c in PRISM_LIMITED])
async def test_calls_prism_cannot_serve_work_end_to_end(server: Loopback, call: object) -> None:
    """Sync and async over real HTTP: the server sees the spec's method and path, the 200 comes back."""
    op = call.operation  # type: ignore[attr-defined]
    media, content = next(iter(op.responses()["200"]["content"].items()))
    if media == "application/json":
        expected: object = SAMPLES.composed(content["schema"])
        server.serve(op.method, op.path, 200, media, json.dumps(expected).encode())
    else:
        expected = PNG_1X1 * 100
        server.serve(op.method, op.path, 200, media, expected)

    def received(result: object) -> object:
        return result.to_dict() if media == "application/json" else result.content  # type: ignore[attr-defined]

    method = method_paths()[op.operation_id]
    before = len(server.seen)
    with (
        httpx.Client() as http_client,
        Venice(api_key=API_KEY, base_url=server.base_url, http_client=http_client, max_retries=0) as client,
    ):
        sync_result = received(bound_method(client, method)(**call.kwargs))  # type: ignore[attr-defined]
    async with (
        httpx.AsyncClient() as http_client,
        AsyncVenice(
            api_key=API_KEY, base_url=server.base_url, http_client=http_client, max_retries=0
        ) as client,
    ):
        response = await bound_method(client, method)(**call.kwargs)  # type: ignore[attr-defined]
        async_result = await response.read() if media != "application/json" else received(response)
    seen = server.seen[before:]
    assert [(m, p.partition("?")[0]) for m, p in seen] == [(op.method, "/api/v1" + op.path)] * 2, op.name
    assert sync_result == async_result == expected, f"{op.name}: the 200 body was lost or altered"
