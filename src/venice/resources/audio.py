"""``audio``: speech (TTS, binary), transcriptions, cloned voices, and music generation
(``audio.music``: POST /audio/queue, /quote, /retrieve, /complete, and ``wait``: poll until done)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Unpack

from venice_api.params import (
    CompleteAudioParams,
    CreateClonedVoiceParams,
    CreateSpeechParams,
    CreateTranscriptionParams,
    QueueAudioParams,
    QuoteAudioParams,
    RetrieveAudioParams,
)
from venice_api.responses import (
    AudioQueued,
    AudioStatus,
    CompleteAudioResponse,
    CreateClonedVoiceResponse,
    QuoteAudioResponse,
    Transcription,
)

from .._polling import DEFAULT_POLL_INTERVAL, apoll, poll
from .._resource import AsyncAPIResource, M, Parsed, Raw, Streamed, SyncAPIResource, async_endpoint, endpoint
from .._response import AsyncBinaryResponse, BinaryResponse

__all__ = ["AsyncAudio", "Audio"]


class Speech(SyncAPIResource[M]):
    @endpoint("createSpeech")
    def create(self, **params: Unpack[CreateSpeechParams]) -> BinaryResponse: ...

    @property
    def with_raw_response(self) -> Speech[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Speech[Streamed]:
        return self._as(Streamed)


class Transcriptions(SyncAPIResource[M]):
    @endpoint("createTranscription")
    def create(self, **params: Unpack[CreateTranscriptionParams]) -> Transcription | str: ...

    @property
    def with_raw_response(self) -> Transcriptions[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Transcriptions[Streamed]:
        return self._as(Streamed)


class Voices(SyncAPIResource[M]):
    @endpoint("createClonedVoice")
    def create(self, **params: Unpack[CreateClonedVoiceParams]) -> CreateClonedVoiceResponse: ...

    @property
    def with_raw_response(self) -> Voices[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Voices[Streamed]:
        return self._as(Streamed)


class Music(SyncAPIResource[M]):
    @endpoint("queueAudio")
    def queue(self, **params: Unpack[QueueAudioParams]) -> AudioQueued: ...

    @endpoint("quoteAudio")
    def quote(self, **params: Unpack[QuoteAudioParams]) -> QuoteAudioResponse: ...

    @endpoint("retrieveAudio")
    def retrieve(self, **params: Unpack[RetrieveAudioParams]) -> AudioStatus | BinaryResponse: ...

    @endpoint("completeAudio")
    def complete(self, **params: Unpack[CompleteAudioParams]) -> CompleteAudioResponse: ...

    def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_wait: float | None = None,
        on_progress: Callable[[AudioStatus], object] | None = None,
        **params: Unpack[RetrieveAudioParams],
    ) -> BinaryResponse:
        """Poll ``retrieve`` every ``poll_interval`` s until the audio is ready and return it.

        Args:
            params: the arguments of ``retrieve`` (``model``, ``queue_id``, ...), sent on every poll.
            on_progress: called with each status answer (``status``, ``execution_duration``,
                ``average_execution_time``) while the audio is processing.
            max_wait: give up after this many seconds with ``APITimeoutError`` (``None``: never).

        Raises:
            APIResponseValidationError: the job completed but the API answered without the media.
        """
        parsed: Music[Parsed] = self._as(Parsed)
        result: BinaryResponse = poll(
            lambda: parsed.retrieve(**params),
            job=f"Audio {params['queue_id']!r}",
            poll_interval=poll_interval,
            max_wait=max_wait,
            on_progress=on_progress,
            sleep=self._client._sleep,
        )
        return result

    @property
    def with_raw_response(self) -> Music[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Music[Streamed]:
        return self._as(Streamed)


class Audio(SyncAPIResource[M]):
    @property
    def speech(self) -> Speech[M]:
        return self._sub(Speech)

    @property
    def transcriptions(self) -> Transcriptions[M]:
        return self._sub(Transcriptions)

    @property
    def voices(self) -> Voices[M]:
        return self._sub(Voices)

    @property
    def music(self) -> Music[M]:
        return self._sub(Music)

    @property
    def with_raw_response(self) -> Audio[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> Audio[Streamed]:
        return self._as(Streamed)


class AsyncSpeech(AsyncAPIResource[M]):
    @async_endpoint("createSpeech")
    async def create(self, **params: Unpack[CreateSpeechParams]) -> AsyncBinaryResponse: ...

    @property
    def with_raw_response(self) -> AsyncSpeech[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncSpeech[Streamed]:
        return self._as(Streamed)


class AsyncTranscriptions(AsyncAPIResource[M]):
    @async_endpoint("createTranscription")
    async def create(self, **params: Unpack[CreateTranscriptionParams]) -> Transcription | str: ...

    @property
    def with_raw_response(self) -> AsyncTranscriptions[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncTranscriptions[Streamed]:
        return self._as(Streamed)


class AsyncVoices(AsyncAPIResource[M]):
    @async_endpoint("createClonedVoice")
    async def create(self, **params: Unpack[CreateClonedVoiceParams]) -> CreateClonedVoiceResponse: ...

    @property
    def with_raw_response(self) -> AsyncVoices[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncVoices[Streamed]:
        return self._as(Streamed)


class AsyncMusic(AsyncAPIResource[M]):
    @async_endpoint("queueAudio")
    async def queue(self, **params: Unpack[QueueAudioParams]) -> AudioQueued: ...

    @async_endpoint("quoteAudio")
    async def quote(self, **params: Unpack[QuoteAudioParams]) -> QuoteAudioResponse: ...

    @async_endpoint("retrieveAudio")
    async def retrieve(self, **params: Unpack[RetrieveAudioParams]) -> AudioStatus | AsyncBinaryResponse: ...

    @async_endpoint("completeAudio")
    async def complete(self, **params: Unpack[CompleteAudioParams]) -> CompleteAudioResponse: ...

    async def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_wait: float | None = None,
        on_progress: Callable[[AudioStatus], object | Awaitable[object]] | None = None,
        **params: Unpack[RetrieveAudioParams],
    ) -> AsyncBinaryResponse:
        """Poll ``retrieve`` until the audio is ready and return it; see ``Music.wait``."""
        parsed: AsyncMusic[Parsed] = self._as(Parsed)
        result: AsyncBinaryResponse = await apoll(
            lambda: parsed.retrieve(**params),
            job=f"Audio {params['queue_id']!r}",
            poll_interval=poll_interval,
            max_wait=max_wait,
            on_progress=on_progress,
            sleep=self._client._sleep,
        )
        return result

    @property
    def with_raw_response(self) -> AsyncMusic[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncMusic[Streamed]:
        return self._as(Streamed)


class AsyncAudio(AsyncAPIResource[M]):
    @property
    def speech(self) -> AsyncSpeech[M]:
        return self._sub(AsyncSpeech)

    @property
    def transcriptions(self) -> AsyncTranscriptions[M]:
        return self._sub(AsyncTranscriptions)

    @property
    def voices(self) -> AsyncVoices[M]:
        return self._sub(AsyncVoices)

    @property
    def music(self) -> AsyncMusic[M]:
        return self._sub(AsyncMusic)

    @property
    def with_raw_response(self) -> AsyncAudio[Raw]:
        return self._as(Raw)

    @property
    def with_streaming_response(self) -> AsyncAudio[Streamed]:
        return self._as(Streamed)
