"""``audio``: speech (TTS, binary), transcriptions, cloned voices, and music generation
(``audio.music``: POST /audio/queue, /quote, /retrieve, /complete, and ``wait``: poll until done)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Unpack

from .._polling import DEFAULT_POLL_INTERVAL, apoll, poll
from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from venice_api.models.complete_audio_response_200 import CompleteAudioResponse200
    from venice_api.models.create_cloned_voice_response_200 import CreateClonedVoiceResponse200
    from venice_api.models.create_transcription_response_200 import CreateTranscriptionResponse200
    from venice_api.models.queue_audio_response_200 import QueueAudioResponse200
    from venice_api.models.quote_audio_response_200 import QuoteAudioResponse200
    from venice_api.models.retrieve_audio_response_200 import RetrieveAudioResponse200
    from venice_api.params import (
        CompleteAudioParams,
        CreateClonedVoiceParams,
        CreateSpeechParams,
        CreateTranscriptionParams,
        QueueAudioParams,
        QuoteAudioParams,
        RetrieveAudioParams,
    )

    from .._response import AsyncBinaryResponse, BinaryResponse

__all__ = ["AsyncAudio", "Audio"]


class Speech(SyncAPIResource):
    def create(self, **params: Unpack[CreateSpeechParams]) -> BinaryResponse:
        """POST /audio/speech: the audio, streamed (``.write_to_file(path)``, ``.iter_bytes()``)."""
        return self._call("createSpeech", params)  # type: ignore[no-any-return]


class Transcriptions(SyncAPIResource):
    def create(self, **params: Unpack[CreateTranscriptionParams]) -> CreateTranscriptionResponse200 | str:
        """POST /audio/transcriptions (multipart ``file``); ``str`` for ``response_format="text"``."""
        return self._call("createTranscription", params)  # type: ignore[no-any-return]


class Voices(SyncAPIResource):
    def create(self, **params: Unpack[CreateClonedVoiceParams]) -> CreateClonedVoiceResponse200:
        """POST /audio/voices: clone a voice from an audio sample."""
        return self._call("createClonedVoice", params)  # type: ignore[no-any-return]


class Music(SyncAPIResource):
    def queue(self, **params: Unpack[QueueAudioParams]) -> QueueAudioResponse200:
        """POST /audio/queue: start a music generation."""
        return self._call("queueAudio", params)  # type: ignore[no-any-return]

    def quote(self, **params: Unpack[QuoteAudioParams]) -> QuoteAudioResponse200:
        """POST /audio/quote: the price of a generation."""
        return self._call("quoteAudio", params)  # type: ignore[no-any-return]

    def retrieve(self, **params: Unpack[RetrieveAudioParams]) -> RetrieveAudioResponse200 | BinaryResponse:
        """POST /audio/retrieve: the status while processing, the audio when done."""
        return self._call("retrieveAudio", params)  # type: ignore[no-any-return]

    def complete(self, **params: Unpack[CompleteAudioParams]) -> CompleteAudioResponse200:
        """POST /audio/complete: delete the stored media."""
        return self._call("completeAudio", params)  # type: ignore[no-any-return]

    def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_wait: float | None = None,
        on_progress: Callable[[RetrieveAudioResponse200], object] | None = None,
        **params: Unpack[RetrieveAudioParams],
    ) -> BinaryResponse | RetrieveAudioResponse200:
        """Poll ``retrieve`` every ``poll_interval`` s until the audio is ready and return it.

        Args:
            params: the arguments of ``retrieve`` (``model``, ``queue_id``, ...), sent on every poll.
            on_progress: called with each status answer (``status``, ``execution_duration``,
                ``average_execution_time``) while the audio is processing.
            max_wait: give up after this many seconds with ``APITimeoutError`` (``None``: never).
        """
        return poll(  # type: ignore[no-any-return]
            lambda: self.retrieve(**params),
            job=f"Audio {params['queue_id']!r}",
            poll_interval=poll_interval,
            max_wait=max_wait,
            on_progress=on_progress,
            sleep=self._client._sleep,
        )


class Audio(SyncAPIResource):
    @property
    def speech(self) -> Speech:
        return self._sub(Speech)

    @property
    def transcriptions(self) -> Transcriptions:
        return self._sub(Transcriptions)

    @property
    def voices(self) -> Voices:
        return self._sub(Voices)

    @property
    def music(self) -> Music:
        return self._sub(Music)


class AsyncSpeech(AsyncAPIResource):
    async def create(self, **params: Unpack[CreateSpeechParams]) -> AsyncBinaryResponse:
        """POST /audio/speech."""
        return await self._call("createSpeech", params)  # type: ignore[no-any-return]


class AsyncTranscriptions(AsyncAPIResource):
    async def create(
        self, **params: Unpack[CreateTranscriptionParams]
    ) -> CreateTranscriptionResponse200 | str:
        """POST /audio/transcriptions."""
        return await self._call("createTranscription", params)  # type: ignore[no-any-return]


class AsyncVoices(AsyncAPIResource):
    async def create(self, **params: Unpack[CreateClonedVoiceParams]) -> CreateClonedVoiceResponse200:
        """POST /audio/voices."""
        return await self._call("createClonedVoice", params)  # type: ignore[no-any-return]


class AsyncMusic(AsyncAPIResource):
    async def queue(self, **params: Unpack[QueueAudioParams]) -> QueueAudioResponse200:
        """POST /audio/queue."""
        return await self._call("queueAudio", params)  # type: ignore[no-any-return]

    async def quote(self, **params: Unpack[QuoteAudioParams]) -> QuoteAudioResponse200:
        """POST /audio/quote."""
        return await self._call("quoteAudio", params)  # type: ignore[no-any-return]

    async def retrieve(
        self, **params: Unpack[RetrieveAudioParams]
    ) -> RetrieveAudioResponse200 | AsyncBinaryResponse:
        """POST /audio/retrieve."""
        return await self._call("retrieveAudio", params)  # type: ignore[no-any-return]

    async def complete(self, **params: Unpack[CompleteAudioParams]) -> CompleteAudioResponse200:
        """POST /audio/complete."""
        return await self._call("completeAudio", params)  # type: ignore[no-any-return]

    async def wait(
        self,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_wait: float | None = None,
        on_progress: Callable[[RetrieveAudioResponse200], object | Awaitable[object]] | None = None,
        **params: Unpack[RetrieveAudioParams],
    ) -> AsyncBinaryResponse | RetrieveAudioResponse200:
        """Poll ``retrieve`` until the audio is ready; see ``Music.wait``."""
        return await apoll(  # type: ignore[no-any-return]
            lambda: self.retrieve(**params),
            job=f"Audio {params['queue_id']!r}",
            poll_interval=poll_interval,
            max_wait=max_wait,
            on_progress=on_progress,
            sleep=self._client._sleep,
        )


class AsyncAudio(AsyncAPIResource):
    @property
    def speech(self) -> AsyncSpeech:
        return self._sub(AsyncSpeech)

    @property
    def transcriptions(self) -> AsyncTranscriptions:
        return self._sub(AsyncTranscriptions)

    @property
    def voices(self) -> AsyncVoices:
        return self._sub(AsyncVoices)

    @property
    def music(self) -> AsyncMusic:
        return self._sub(AsyncMusic)
