"""``audio``: speech (TTS, binary), transcriptions, cloned voices, and music generation
(``audio.music``: POST /audio/queue, /quote, /retrieve, /complete)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

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
