from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.create_speech_request_schema_model import (
    CreateSpeechRequestSchemaModel,
    check_create_speech_request_schema_model,
)
from ..models.create_speech_request_schema_response_format import (
    CreateSpeechRequestSchemaResponseFormat,
    check_create_speech_request_schema_response_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpeechRequestSchema")


@_attrs_define
class CreateSpeechRequestSchema:
    """Request to generate audio from text.

    Example:
        {'input': 'Hello, welcome to Venice Voice.', 'model': 'tts-xai-v1', 'response_format': 'mp3', 'speed': 1,
            'streaming': False, 'voice': 'af_sky'}

    Attributes:
        input_ (str): The text to generate audio for. The maximum length is 4096 characters. Example: Hello, this is a
            test of the text to speech system..
        language (str | Unset): Optional language hint. Accepted values are model-specific: Qwen 3 accepts full names
            (English, Chinese, ...); xAI/ElevenLabs accept ISO 639-1 codes (en, ja, ...); MiniMax accepts full names.
            Unsupported values are silently ignored. Omit to let the model auto-detect. Example: English.
        model (CreateSpeechRequestSchemaModel | Unset): The model ID of a Venice TTS model. Default: 'tts-kokoro'.
            Example: tts-xai-v1.
        prompt (str | Unset): A style prompt to control the emotion and delivery of the speech. Supported by models
            advertising `supportsPromptParam` (currently Qwen 3 TTS). Ignored by other models. Examples: "Very happy.", "Sad
            and slow.", "Excited and energetic." Example: Very happy..
        response_format (CreateSpeechRequestSchemaResponseFormat | Unset): Requested audio output format. Supported
            formats and the default when omitted are model-specific; see `model_spec.supported_formats` and
            `model_spec.default_format` from GET /models?type=tts. An explicit unsupported format returns HTTP 400. Example:
            mp3.
        speed (float | Unset): The speed of the generated audio. Select a value from 0.25 to 4.0. 1.0 is the default.
            Default: 1.0. Example: 1.
        streaming (bool | Unset): Should the content stream back sentence by sentence or be processed and returned as a
            complete audio file. Default: False. Example: True.
        temperature (float | Unset): Sampling temperature for speech generation. Higher values produce more varied
            output. Supported by models advertising `supportsTemperatureParam` (Qwen 3, Orpheus, Chatterbox HD). Ignored by
            other models. Example: 0.9.
        top_p (float | Unset): Nucleus sampling parameter. Supported by models advertising `supportsTopPParam`
            (currently Qwen 3 TTS). Ignored by other models. Example: 1.
        voice (str | Unset): The voice to use when generating the audio. The maximum length is 512 characters. Voices
            are model-specific: Kokoro (e.g. af_sky, af_bella, am_adam), Qwen 3 (e.g. Vivian, Serena, Dylan), xAI (26
            voices, e.g. eve, ara, rex, sal, leo, luna, orion, carina), Orpheus (tara, leah, jess, leo, dan, mia, zac, zoe),
            Inworld (Craig, Ashley, ...), Chatterbox (Aurora, Blade, ...), ElevenLabs Turbo (Rachel, Aria, ...), MiniMax
            (WiseWoman, DeepVoiceMan, ...), Gradium (Emma, Kent, Mia, Maximilian, Valentina, Sergio, Elise, Leo, Alice, Davi
            — spanning en/de/es/fr/pt). You can also pass a cloned-voice handle (`vv_<id>`) returned by POST
            /v1/audio/voices to synthesize in a previously cloned voice; the handle must be paired with the same model used
            to create it. Models that advertise `supports_custom_voice_id` (e.g. ElevenLabs) additionally accept a raw
            provider Voice ID here. Using an incompatible voice returns a 400 error. Call GET /models/{id} to list voices
            for a specific model. Default: 'af_sky'. Example: af_sky.
    """

    input_: str
    language: str | Unset = UNSET
    model: CreateSpeechRequestSchemaModel | Unset = "tts-kokoro"
    prompt: str | Unset = UNSET
    response_format: CreateSpeechRequestSchemaResponseFormat | Unset = UNSET
    speed: float | Unset = 1.0
    streaming: bool | Unset = False
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    voice: str | Unset = "af_sky"

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        language = self.language

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        prompt = self.prompt

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        speed = self.speed

        streaming = self.streaming

        temperature = self.temperature

        top_p = self.top_p

        voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input": input_,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_ = d.pop("input")

        language = d.pop("language", UNSET)

        _model = d.pop("model", UNSET)
        model: CreateSpeechRequestSchemaModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_create_speech_request_schema_model(_model)

        prompt = d.pop("prompt", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateSpeechRequestSchemaResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_create_speech_request_schema_response_format(
                _response_format
            )

        speed = d.pop("speed", UNSET)

        streaming = d.pop("streaming", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        voice = d.pop("voice", UNSET)

        create_speech_request_schema = cls(
            input_=input_,
            language=language,
            model=model,
            prompt=prompt,
            response_format=response_format,
            speed=speed,
            streaming=streaming,
            temperature=temperature,
            top_p=top_p,
            voice=voice,
        )

        return create_speech_request_schema
