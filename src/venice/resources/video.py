"""``video``: queue / quote / retrieve / complete, transcriptions, and ``wait`` (poll until done)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Unpack

from .._polling import DEFAULT_POLL_INTERVAL, apoll, poll
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import AsyncBinaryResponse, BinaryResponse

if TYPE_CHECKING:
    from venice_api.models.complete_video_response_200 import CompleteVideoResponse200
    from venice_api.models.create_video_transcription_response_200 import CreateVideoTranscriptionResponse200
    from venice_api.models.queue_video_response_200 import QueueVideoResponse200
    from venice_api.models.quote_video_response_200 import QuoteVideoResponse200
    from venice_api.models.retrieve_video_response_200 import RetrieveVideoResponse200
    from venice_api.params import (
        CompleteVideoParams,
        CreateVideoTranscriptionParams,
        QueueVideoParams,
        QuoteVideoParams,
        RetrieveVideoParams,
    )

__all__ = ["AsyncVideo", "Video"]


class VideoTranscriptions(SyncAPIResource):
    def create(
        self, **params: Unpack[CreateVideoTranscriptionParams]
    ) -> CreateVideoTranscriptionResponse200 | str:
        """POST /video/transcriptions: transcribe a video by URL (e.g. YouTube)."""
        return self._call("createVideoTranscription", params)  # type: ignore[no-any-return]


class Video(SyncAPIResource):
    def queue(self, **params: Unpack[QueueVideoParams]) -> QueueVideoResponse200:
        """POST /video/queue: start a generation; returns ``queue_id``."""
        return self._call("queueVideo", params)  # type: ignore[no-any-return]

    def quote(self, **params: Unpack[QuoteVideoParams]) -> QuoteVideoResponse200:
        """POST /video/quote: the price of a generation."""
        return self._call("quoteVideo", params)  # type: ignore[no-any-return]

    def retrieve(self, **params: Unpack[RetrieveVideoParams]) -> RetrieveVideoResponse200 | BinaryResponse:
        """POST /video/retrieve: the status while processing, the MP4 (streamed) when done."""
        return self._call("retrieveVideo", params)  # type: ignore[no-any-return]

    def complete(self, **params: Unpack[CompleteVideoParams]) -> CompleteVideoResponse200:
        """POST /video/complete: delete the stored video."""
        return self._call("completeVideo", params)  # type: ignore[no-any-return]

    @property
    def transcriptions(self) -> VideoTranscriptions:
        return self._sub(VideoTranscriptions)

    def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_wait: float | None = None,
        on_progress: Callable[[RetrieveVideoResponse200], object] | None = None,
        **params: Unpack[RetrieveVideoParams],
    ) -> BinaryResponse | RetrieveVideoResponse200:
        """Poll ``retrieve`` every ``poll_interval`` s until the video is ready and return it.

        Args:
            params: the arguments of ``retrieve`` (``model``, ``queue_id``, ...), sent on every poll.
            on_progress: called with each status answer (``status``, ``execution_duration``,
                ``average_execution_time``) while the video is processing.
            max_wait: give up after this many seconds with ``APITimeoutError`` (``None``: never).

        The JSON answer says ``PROCESSING`` until the video is ready; ``COMPLETED`` may come as JSON
        (e.g. with a download URL) or as the video itself.
        """
        return poll(  # type: ignore[no-any-return]
            lambda: self.retrieve(**params),
            job=f"Video {params['queue_id']!r}",
            poll_interval=poll_interval,
            max_wait=max_wait,
            on_progress=on_progress,
            sleep=self._client._sleep,
        )


class AsyncVideoTranscriptions(AsyncAPIResource):
    async def create(
        self, **params: Unpack[CreateVideoTranscriptionParams]
    ) -> CreateVideoTranscriptionResponse200 | str:
        """POST /video/transcriptions."""
        return await self._call("createVideoTranscription", params)  # type: ignore[no-any-return]


class AsyncVideo(AsyncAPIResource):
    async def queue(self, **params: Unpack[QueueVideoParams]) -> QueueVideoResponse200:
        """POST /video/queue."""
        return await self._call("queueVideo", params)  # type: ignore[no-any-return]

    async def quote(self, **params: Unpack[QuoteVideoParams]) -> QuoteVideoResponse200:
        """POST /video/quote."""
        return await self._call("quoteVideo", params)  # type: ignore[no-any-return]

    async def retrieve(
        self, **params: Unpack[RetrieveVideoParams]
    ) -> RetrieveVideoResponse200 | AsyncBinaryResponse:
        """POST /video/retrieve."""
        return await self._call("retrieveVideo", params)  # type: ignore[no-any-return]

    async def complete(self, **params: Unpack[CompleteVideoParams]) -> CompleteVideoResponse200:
        """POST /video/complete."""
        return await self._call("completeVideo", params)  # type: ignore[no-any-return]

    @property
    def transcriptions(self) -> AsyncVideoTranscriptions:
        return self._sub(AsyncVideoTranscriptions)

    async def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_wait: float | None = None,
        on_progress: Callable[[RetrieveVideoResponse200], object | Awaitable[object]] | None = None,
        **params: Unpack[RetrieveVideoParams],
    ) -> AsyncBinaryResponse | RetrieveVideoResponse200:
        """Poll ``retrieve`` until the video is ready; see ``Video.wait``."""
        return await apoll(  # type: ignore[no-any-return]
            lambda: self.retrieve(**params),
            job=f"Video {params['queue_id']!r}",
            poll_interval=poll_interval,
            max_wait=max_wait,
            on_progress=on_progress,
            sleep=self._client._sleep,
        )
