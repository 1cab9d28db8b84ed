"""Faults over real HTTP on 127.0.0.1: cut streams, timeouts, 5xx then success."""

from __future__ import annotations

import httpx
import pytest
from _sleepless import client as sleepless

import venice
from venice import APITimeoutError, AsyncVenice, StreamInterruptedError, Venice

from .fake_venice import FakeVenice, chunk, cut_stream_after, stall, status

MESSAGES = [{"role": "user", "content": "hi"}]


def client(fake: FakeVenice, **kwargs: object) -> Venice:
    return sleepless(Venice, api_key="sk-test", base_url=fake.base_url, _sleep=lambda s: None, **kwargs)


def test_connection_cut_mid_stream_raises_typed_error(fake: FakeVenice) -> None:
    fake.faults["/api/v1/chat/completions"].append(cut_stream_after(chunk("par")))
    received = []
    with client(fake) as c, pytest.raises(StreamInterruptedError):
        for part in c.chat.completions.create(model="m", messages=MESSAGES, stream=True):
            received.append(part.choices[0].delta.content)
    assert received == ["par"]


@pytest.mark.anyio
async def test_connection_cut_mid_stream_async(fake: FakeVenice) -> None:
    fake.faults["/api/v1/chat/completions"].append(cut_stream_after(chunk("par")))
    async with AsyncVenice(api_key="sk-test", base_url=fake.base_url) as c:
        stream = await c.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        with pytest.raises(StreamInterruptedError):
            async for _ in stream:
                pass


def test_read_timeout_is_retried_then_raises_timeout(fake: FakeVenice) -> None:
    for _ in range(2):
        fake.faults["/api/v1/chat/completions"].append(stall(1.0))
    # httpx.Timeout bounds each read only (the call keeps the default total), so it is retried.
    with client(fake, timeout=httpx.Timeout(0.2), max_retries=1) as c, pytest.raises(APITimeoutError):
        c.chat.completions.create(model="m", messages=MESSAGES)
    assert len(fake.requests) == 2


def test_per_call_timeout_overrides_client(fake: FakeVenice) -> None:
    fake.faults["/api/v1/chat/completions"].append(stall(1.0))
    with client(fake, max_retries=0) as c, pytest.raises(APITimeoutError):
        c.chat.completions.create(model="m", messages=MESSAGES, timeout=0.2)


def test_500_then_success(fake: FakeVenice) -> None:
    fake.faults["/api/v1/chat/completions"].append(status(500, {"error": "Inference processing failed"}))
    fake.faults["/api/v1/chat/completions"].append(status(503, {"error": "The model is at capacity."}))
    with client(fake) as c:
        completion = c.chat.completions.create(model="m", messages=MESSAGES)
    assert completion.choices[0].message.content == "hi"
    assert len(fake.requests) == 3


def test_500_exhausting_retries_raises_internal_server_error(fake: FakeVenice) -> None:
    for _ in range(3):
        fake.faults["/api/v1/chat/completions"].append(status(500, {"error": "Inference processing failed"}))
    with client(fake) as c, pytest.raises(venice.InternalServerError) as info:
        c.chat.completions.create(model="m", messages=MESSAGES)
    assert info.value.code == "INFERENCE_FAILED"
    assert len(fake.requests) == 3


def test_refused_connection_is_api_connection_error() -> None:
    with FakeVenice() as fake:  # started and stopped: the port is closed afterwards
        url = fake.base_url
    with (
        sleepless(Venice, api_key="k", base_url=url, max_retries=1, _sleep=lambda s: None) as c,
        pytest.raises(venice.APIConnectionError),
    ):
        c.models.list()


def test_binary_streams_to_file_over_http(fake: FakeVenice, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with client(fake) as c:
        speech = c.audio.speech.create(model="tts-kokoro", input="hi", voice="af_sky")
        assert speech.content_type == "audio/mpeg"
        speech.write_to_file(tmp_path / "out.mp3")
    assert (tmp_path / "out.mp3").read_bytes().startswith(b"ID3")
