"""``video.wait`` and ``audio.music.wait``: one polling policy (``_binding._polling``), sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import venice
from venice import APITimeoutError, AsyncVenice, Venice

from .conftest import Recorder

PROCESSING = {"status": "PROCESSING", "average_execution_time": 10, "execution_duration": 1}


def script(recorder: Recorder, media_type: str) -> None:
    recorder.script = [
        httpx.Response(200, json=PROCESSING),
        httpx.Response(200, json={**PROCESSING, "status": "A_STATUS_NEWER_THAN_THE_SPEC"}),
        httpx.Response(200, content=b"media", headers={"content-type": media_type}),
    ]


@pytest.mark.spec("POST /audio/retrieve")
def test_music_wait_polls_until_the_audio_arrives(
    client: Venice, recorder: Recorder, sleeps: list[float]
) -> None:
    script(recorder, "audio/mpeg")
    seen: list[str] = []
    audio = client.audio.music.wait(
        model="m", queue_id="q1", poll_interval=3.0, on_progress=lambda s: seen.append(s.status)
    )
    assert isinstance(audio, venice.BinaryResponse) and audio.content == b"media"
    assert seen == ["PROCESSING", "A_STATUS_NEWER_THAN_THE_SPEC"] and sleeps == [3.0, 3.0]
    assert [r.url.path for r in recorder.requests] == ["/api/v1/audio/retrieve"] * 3
    assert all(json.loads(r.content) == {"model": "m", "queue_id": "q1"} for r in recorder.requests)


@pytest.mark.anyio
@pytest.mark.spec("POST /audio/retrieve")
async def test_async_music_wait_awaits_an_async_progress_callback(
    async_client: AsyncVenice, recorder: Recorder, sleeps: list[float]
) -> None:
    script(recorder, "audio/wav")
    seen: list[Any] = []

    async def progress(status: Any) -> None:
        seen.append(status.execution_duration)

    audio = await async_client.audio.music.wait(
        model="m", queue_id="q", poll_interval=1.0, on_progress=progress
    )
    assert isinstance(audio, venice.AsyncBinaryResponse) and await audio.read() == b"media"
    assert seen == [1, 1] and sleeps == [1.0, 1.0]


@pytest.mark.anyio
async def test_async_video_wait_refuses_completed_json_without_media(
    async_client: AsyncVenice, recorder: Recorder, sleeps: list[float]
) -> None:
    # `wait` is typed to return the media; a COMPLETED status without it is an answer the
    # spec does not describe, so it is a typed error, never a status object in its place.
    recorder.script = [
        httpx.Response(200, json=PROCESSING),
        httpx.Response(200, json={**PROCESSING, "status": "COMPLETED"}),
    ]
    seen: list[str] = []
    with pytest.raises(
        venice.APIResponseValidationError, match=r"Video 'v' is COMPLETED.*instead of the media"
    ):
        await async_client.video.wait(model="m", queue_id="v", on_progress=lambda s: seen.append(s.status))
    assert seen == ["PROCESSING"] and sleeps == [5.0]


@pytest.mark.parametrize(
    "namespace", ["video", pytest.param("audio.music", marks=pytest.mark.spec("POST /audio/retrieve"))]
)
def test_wait_gives_up_after_max_wait(
    client: Venice, recorder: Recorder, sleeps: list[float], namespace: str
) -> None:
    recorder.default = lambda request: httpx.Response(200, json=PROCESSING)
    resource: Any = client
    for part in namespace.split("."):
        resource = getattr(resource, part)
    with pytest.raises(APITimeoutError, match=r"'q7' was not ready after 1\.0 s"):
        resource.wait(model="m", queue_id="q7", poll_interval=2.0, max_wait=1.0)
    assert len(recorder.requests) == 1 and sleeps == []


def test_wait_passes_status_errors_through(client: Venice, recorder: Recorder) -> None:
    recorder.default = lambda request: httpx.Response(404, json={"error": "Queue item not found"})
    with pytest.raises(venice.NotFoundError):
        client.video.wait(model="m", queue_id="gone")
