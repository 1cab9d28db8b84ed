"""The offline Venice (``venice.testing``): every operation of the pinned spec answered, over real HTTP
on 127.0.0.1, and parsed by the client, sync and async; every media type an answer offers, selected
as Venice selects it; every documented error on demand, as its typed exception.

The answers are checked against the spec here (the oracle), independently of how the pipeline built
them (``scripts/pipeline/offline_answers.py``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from _calls import calls_for
from _clients import API_KEY, bound_method
from _spec import contract
from _typed import read_every_field

import venice
from venice import APIStatusError, AsyncVenice, BaseModel, Venice
from venice._binding._operations import method_paths
from venice._errors._exceptions import STATUS_ERRORS
from venice._errors._venice_codes import VENICE_ERROR_CODES
from venice._generated.offline_answers import OFFLINE
from venice._generated.operation_table import OPERATIONS
from venice._results._response import BinaryResponse
from venice.testing import ERROR_HEADER, ERROR_MODEL_PREFIX, OfflineVenice

SCHEMAS, OPS = contract()
CALLS = [call for op in OPS for call in calls_for(SCHEMAS, op)]
SSE = "text/event-stream"


@pytest.fixture(scope="module")
def offline() -> Iterator[OfflineVenice]:
    with OfflineVenice() as server:
        yield server


def test_every_operation_of_the_pinned_spec_has_an_offline_answer() -> None:
    assert set(OFFLINE) == {op.operation_id for op in OPS} == set(OPERATIONS)


@pytest.mark.parametrize(
    ("operation_id", "media_type"),
    [(op_id, media["media_type"]) for op_id, entry in OFFLINE.items() for media in entry["media"]],
)
def test_offline_answer_is_valid_for_its_schema(operation_id: str, media_type: str) -> None:
    op = next(op for op in OPS if op.operation_id == operation_id)
    entry = OFFLINE[operation_id]
    content = op.responses()[str(entry["status"])]["content"][media_type]
    media = next(m for m in entry["media"] if m["media_type"] == media_type)
    if media_type == SSE:
        assert media["example"], f"{op.name}: an event stream with no event"
        for event in media["example"]:
            assert not SCHEMAS.errors(content["schema"], event), f"{op.name}: event {event} invalid"
    elif media_type == "application/json":
        assert not SCHEMAS.errors(content.get("schema") or {}, media["example"]), f"{op.name}: answer invalid"
    elif media_type.startswith("text/"):
        assert isinstance(media["example"], str)
    else:
        assert media["example"] is None  # binary media: the server sends bytes of the format


def _expected_status(operation_id: str) -> int:
    return OFFLINE[operation_id]["status"]


def _check_result(call: Any, result: Any) -> None:
    op = call.operation
    if call.variant == "stream":
        events = [event.to_dict() for event in result]
        media = next(m for m in OFFLINE[op.operation_id]["media"] if m["media_type"] == SSE)
        assert events == media["example"], f"{op.name}: streamed events lost or altered"
    elif isinstance(result, BinaryResponse):
        assert result.content, f"{op.name}: empty media"
    elif isinstance(result, BaseModel):
        assert not read_every_field(result), f"{op.name}: {read_every_field(result)}"


@pytest.mark.parametrize("call", CALLS, ids=[c.id for c in CALLS])
def test_every_operation_is_answered_and_parsed_sync(offline: OfflineVenice, call: Any) -> None:
    op = call.operation
    with Venice(api_key=API_KEY, base_url=offline.base_url, max_retries=0) as client:
        method = bound_method(client, method_paths()[op.operation_id])
        if _expected_status(op.operation_id) >= 400:  # a retired operation: Venice answers its error
            with pytest.raises(APIStatusError) as caught:
                method(**call.kwargs)
            assert caught.value.status_code == _expected_status(op.operation_id)
            return
        result = method(**call.kwargs)
        if call.variant == "stream":
            with result:
                _check_result(call, result)
        else:
            _check_result(call, result)


@pytest.mark.parametrize("call", CALLS, ids=[c.id for c in CALLS])
def test_every_operation_is_answered_and_parsed_async(offline: OfflineVenice, call: Any) -> None:
    op = call.operation

    async def main() -> Any:
        async with AsyncVenice(api_key=API_KEY, base_url=offline.base_url, max_retries=0) as client:
            method = bound_method(client, method_paths()[op.operation_id])
            if _expected_status(op.operation_id) >= 400:
                with pytest.raises(APIStatusError):
                    await method(**call.kwargs)
                return
            result = await method(**call.kwargs)
            if call.variant == "stream":
                async with result:
                    events = [event.to_dict() async for event in result]
                media = next(m for m in OFFLINE[op.operation_id]["media"] if m["media_type"] == SSE)
                assert events == media["example"]
            elif isinstance(result, venice.AsyncBinaryResponse):
                assert await result.read()
            else:
                _check_result(call, result)

    anyio.run(main)


# Which request selects which media type (overlays/16): one case per conditioned media type.
SELECTED = [
    (op_id, media["media_type"], media["when"])
    for op_id, entry in OFFLINE.items()
    for media in entry["media"]
    if media["when"]
]
SELECTED_MEDIA = [case for case in SELECTED if case[1] != SSE]


def test_every_alternative_media_type_has_a_selecting_request() -> None:
    multi = {op_id for op_id, entry in OFFLINE.items() if len(entry["media"]) > 1 and not entry["polled"]}
    assert multi <= {op_id for op_id, _m, _w in SELECTED}, "an answer has media types no request selects"


@pytest.mark.parametrize(
    ("operation_id", "media_type", "when"),
    SELECTED_MEDIA,
    ids=[f"{o}-{m}" for o, m, _ in SELECTED_MEDIA],
)
def test_the_request_selects_its_media_type(
    offline: OfflineVenice, operation_id: str, media_type: str, when: dict[str, dict[str, Any]]
) -> None:
    op = next(op for op in OPS if op.operation_id == operation_id)
    call = calls_for(SCHEMAS, op)[0]
    kwargs = {**call.kwargs, **when.get("body", {})}
    headers = dict(when.get("header", {}))
    namespace, name = method_paths()[operation_id].rsplit(".", 1)
    with Venice(api_key=API_KEY, base_url=offline.base_url, max_retries=0) as client:
        raw_method = bound_method(client, f"{namespace}.with_raw_response.{name}")
        response = raw_method(**kwargs, extra_headers=headers)
        assert response.headers["content-type"] == media_type
        parsed = response.parse()
        if media_type.startswith(("image/", "audio/", "video/")):
            assert isinstance(parsed, BinaryResponse) and parsed.content
            return

        example = next(m for m in OFFLINE[operation_id]["media"] if m["media_type"] == media_type)["example"]
        assert parsed == example


def test_the_default_media_type_is_answered_without_a_selecting_request(offline: OfflineVenice) -> None:
    with Venice(api_key=API_KEY, base_url=offline.base_url, max_retries=0) as client:
        with client.audio.speech.with_streaming_response.create(
            model="tts-kokoro", input="hi", voice="af_sky"
        ) as speech:
            assert speech.headers["content-type"] == "audio/mpeg"
        image = client.images.generate(model="venice-sd35", prompt="a lighthouse")
        assert isinstance(image, BaseModel) and image.images


@pytest.mark.parametrize("wait", ["video.wait", "audio.music.wait"])
def test_a_polled_job_runs_then_completes_with_its_media(offline: OfflineVenice, wait: str) -> None:
    statuses: list[str] = []
    with Venice(api_key=API_KEY, base_url=offline.base_url, max_retries=0) as client:
        queue = bound_method(client, wait.replace(".wait", ".queue"))
        queue_op = next(
            c for c in CALLS if method_paths()[c.operation.operation_id] == wait.replace(".wait", ".queue")
        )
        job = queue(**queue_op.kwargs)
        media = bound_method(client, wait)(
            model=job.model,
            queue_id=job.queue_id + wait,
            poll_interval=0.01,
            on_progress=lambda s: statuses.append(s.status),
        )
        assert isinstance(media, BinaryResponse) and media.content
    assert statuses == ["PROCESSING"]


ERROR_CODES = sorted(VENICE_ERROR_CODES)


def _exception_for(status: int) -> type[APIStatusError]:
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    return venice.InternalServerError if status >= 500 else APIStatusError


@pytest.mark.parametrize("code", ERROR_CODES)
def test_each_documented_error_on_demand_gives_its_typed_exception(offline: OfflineVenice, code: str) -> None:
    status, message = VENICE_ERROR_CODES[code]
    with Venice(api_key=API_KEY, base_url=offline.base_url, max_retries=0) as client:
        with pytest.raises(APIStatusError) as by_header:
            client.models.list(extra_headers={ERROR_HEADER: code})
        with pytest.raises(APIStatusError) as by_model:
            client.chat.completions.create(
                model=ERROR_MODEL_PREFIX + code.lower(), messages=[{"role": "user", "content": "hi"}]
            )
    for caught in (by_header, by_model):
        assert type(caught.value) is _exception_for(status), code
        assert caught.value.status_code == status
        assert caught.value.code == code
        assert message in str(caught.value)


def test_an_http_status_trigger_gives_its_first_documented_code(offline: OfflineVenice) -> None:
    client = Venice(api_key=API_KEY, base_url=offline.base_url, max_retries=0)
    with client, pytest.raises(venice.RateLimitError) as caught:
        client.models.list(extra_headers={ERROR_HEADER: "429"})
    assert caught.value.code == "RATE_LIMIT_EXCEEDED"
    assert caught.value.headers["x-ratelimit-remaining-requests"] == "0"


def test_an_unknown_trigger_is_refused_naming_the_valid_ones(offline: OfflineVenice) -> None:
    client = Venice(api_key=API_KEY, base_url=offline.base_url, max_retries=0)
    with client, pytest.raises(venice.BadRequestError) as caught:
        client.models.list(extra_headers={ERROR_HEADER: "RATE_LIMITED"})
    assert "unknown error trigger 'RATE_LIMITED'" in str(caught.value)
    assert "RATE_LIMIT_EXCEEDED" in str(caught.value)


def test_a_rate_limited_call_is_retried_and_raises_after_the_retries(offline: OfflineVenice) -> None:
    with Venice(api_key=API_KEY, base_url=offline.base_url, max_retries=1) as client:
        before = len(offline.requests)
        with pytest.raises(venice.InternalServerError):
            client.models.list(extra_headers={ERROR_HEADER: "INFERENCE_FAILED"})
    assert len(offline.requests) - before == 2


def test_every_answer_carries_rate_limit_and_balance_headers(offline: OfflineVenice) -> None:
    with Venice(api_key=API_KEY, base_url=offline.base_url, max_retries=0) as client:
        raw = client.models.with_raw_response.list()
    assert raw.headers["x-ratelimit-remaining-requests"] == "499"
    assert raw.headers["x-venice-balance-usd"]


def test_unknown_paths_and_methods_answer_as_an_http_server_does(offline: OfflineVenice) -> None:
    import httpx

    with httpx.Client() as http:
        missing = http.get(offline.base_url + "/no/such/operation")
        wrong_method = http.delete(offline.base_url + "/models")
    assert missing.status_code == 404 and "no operation" in missing.json()["error"].lower()
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "GET"


def test_requests_are_recorded_without_credentials(offline: OfflineVenice) -> None:
    with Venice(api_key="sk-secret-offline-key", base_url=offline.base_url, max_retries=0) as client:
        client.embeddings.create(model="text-embedding-bge-m3", input="hello")
    seen = offline.requests[-1]
    assert seen.operation_id == "createEmbedding" and seen.json()["input"] == "hello"
    assert "sk-secret-offline-key" not in repr(seen) + json.dumps(dict(seen.headers))
