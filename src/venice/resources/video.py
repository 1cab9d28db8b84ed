"""``video``: queue / quote / retrieve / complete, transcriptions, and ``wait`` (poll until done)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Unpack

from venice_api.params import (
    CompleteVideoParams,
    CreateVideoTranscriptionParams,
    QueueVideoParams,
    QuoteVideoParams,
    RetrieveVideoParams,
)
from venice_api.responses import (
    CompleteVideoResponse,
    CreateVideoTranscriptionResponse,
    QuoteVideoResponse,
    VideoQueued,
    VideoStatus,
)

from .._polling import DEFAULT_POLL_INTERVAL, apoll, poll
from .._resource import AsyncAPIResource, M, Parsed, Raw, Streamed, SyncAPIResource, async_endpoint, endpoint
from .._response import AsyncBinaryResponse, BinaryResponse

__all__ = ["AsyncVideo", "Video"]


class VideoTranscriptions(SyncAPIResource[M]):
    @endpoint("createVideoTranscription")
    def create(
        self, **params: Unpack[CreateVideoTranscriptionParams]
    ) -> CreateVideoTranscriptionResponse | str: ...

    @property
    def with_raw_response(self) -> VideoTranscriptions[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> VideoTranscriptions[Streamed]:
        return self._as(Streamed)


class Video(SyncAPIResource[M]):
    @endpoint("queueVideo")
    def queue(self, **params: Unpack[QueueVideoParams]) -> VideoQueued: ...

    @endpoint("quoteVideo")
    def quote(self, **params: Unpack[QuoteVideoParams]) -> QuoteVideoResponse: ...

    @endpoint("retrieveVideo")
    def retrieve(self, **params: Unpack[RetrieveVideoParams]) -> VideoStatus | BinaryResponse: ...

    @endpoint("completeVideo")
    def complete(self, **params: Unpack[CompleteVideoParams]) -> CompleteVideoResponse: ...

    @property
    def transcriptions(self) -> VideoTranscriptions[M]:
        return self._sub(VideoTranscriptions)

    def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_wait: float | None = None,
        on_progress: Callable[[VideoStatus], object] | None = None,
        **params: Unpack[RetrieveVideoParams],
    ) -> BinaryResponse:
        """Poll ``retrieve`` every ``poll_interval`` s until the video is ready and return it.

        Args:
            params: the arguments of ``retrieve`` (``model``, ``queue_id``, ...), sent on every poll.
            on_progress: called with each status answer (``status``, ``execution_duration``,
                ``average_execution_time``) while the video is processing.
            max_wait: give up after this many seconds with ``APITimeoutError`` (``None``: never).

        Raises:
            APIResponseValidationError: the job completed but the API answered without the media.
        """
        parsed: Video[Parsed] = self._as(Parsed)
        result: BinaryResponse = poll(
            lambda: parsed.retrieve(**params),
            job=f"Video {params['queue_id']!r}",
            poll_interval=poll_interval,
            max_wait=max_wait,
            on_progress=on_progress,
            sleep=self._client._sleep,
        )
        return result

    @property
    def with_raw_response(self) -> Video[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Video[Streamed]:
        return self._as(Streamed)


class AsyncVideoTranscriptions(AsyncAPIResource[M]):
    @async_endpoint("createVideoTranscription")
    async def create(
        self, **params: Unpack[CreateVideoTranscriptionParams]
    ) -> CreateVideoTranscriptionResponse | str: ...

    @property
    def with_raw_response(self) -> AsyncVideoTranscriptions[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncVideoTranscriptions[Streamed]:
        return self._as(Streamed)


class AsyncVideo(AsyncAPIResource[M]):
    @async_endpoint("queueVideo")
    async def queue(self, **params: Unpack[QueueVideoParams]) -> VideoQueued: ...

    @async_endpoint("quoteVideo")
    async def quote(self, **params: Unpack[QuoteVideoParams]) -> QuoteVideoResponse: ...

    @async_endpoint("retrieveVideo")
    async def retrieve(self, **params: Unpack[RetrieveVideoParams]) -> VideoStatus | AsyncBinaryResponse: ...

    @async_endpoint("completeVideo")
    async def complete(self, **params: Unpack[CompleteVideoParams]) -> CompleteVideoResponse: ...

    @property
    def transcriptions(self) -> AsyncVideoTranscriptions[M]:
        return self._sub(AsyncVideoTranscriptions)

    async def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_wait: float | None = None,
        on_progress: Callable[[VideoStatus], object | Awaitable[object]] | None = None,
        **params: Unpack[RetrieveVideoParams],
    ) -> AsyncBinaryResponse:
        """Poll ``retrieve`` until the video is ready and return it; see ``Video.wait``."""
        parsed: AsyncVideo[Parsed] = self._as(Parsed)
        result: AsyncBinaryResponse = await apoll(
            lambda: parsed.retrieve(**params),
            job=f"Video {params['queue_id']!r}",
            poll_interval=poll_interval,
            max_wait=max_wait,
            on_progress=on_progress,
            sleep=self._client._sleep,
        )
        return result

    @property
    def with_raw_response(self) -> AsyncVideo[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncVideo[Streamed]:
        return self._as(Streamed)
