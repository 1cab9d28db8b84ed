from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueAudioRequest")


@_attrs_define
class QueueAudioRequest:
    """
    Attributes:
        model (str): The model to use for audio generation. Example: elevenlabs-music.
        prompt (str): The prompt describing the audio to generate. Minimum and maximum prompt lengths vary by model;
            inspect `/models` for `min_prompt_length` and `prompt_character_limit`. Example: A warm spoken narration
            introducing a product launch..
        lyrics_prompt (str | Unset): Optional lyrics/text for lyric-capable models. Required when `/models` reports
            `lyrics_required=true`; unsupported when `/models` reports `supports_lyrics=false`. Example: Verse 1: Walking
            through the city lights....
        duration_seconds (int | str | Unset): Optional duration hint in seconds. Only supported for models that expose
            duration metadata via `/models`. Accepts either an integer or a numeric string. If omitted, the model default
            duration is used when available. Example: 60.
        force_instrumental (bool | Unset): Optional instrumental toggle. Only supported when `/models` reports
            `supports_force_instrumental=true`. Example: False.
        lyrics_optimizer (bool | Unset): When enabled, auto-generates lyrics from the prompt. Only supported when
            `/models` reports `supports_lyrics_optimizer=true`. lyrics_prompt must be empty when this is true. Example:
            False.
        loop (bool | Unset): Render the clip so its end splices back into its start without an audible seam. Only
            supported when `/models` reports `supports_loop=true`. Example: False.
        voice (str | Unset): Optional voice selection for voice-enabled models. See `/models?type=music` for the model's
            supported `voices` and `default_voice`. Example: Aria.
        language_code (str | Unset): Optional ISO 639-1 language code. Only supported when `/models` reports
            `supports_language_code=true`. Example: en.
        speed (float | Unset): Optional audio speed multiplier. Only supported when `/models` reports
            `supports_speed=true`; use the model-specific `min_speed` and `max_speed` values. Example: 1.
    """

    model: str
    prompt: str
    lyrics_prompt: str | Unset = UNSET
    duration_seconds: int | str | Unset = UNSET
    force_instrumental: bool | Unset = UNSET
    lyrics_optimizer: bool | Unset = UNSET
    loop: bool | Unset = UNSET
    voice: str | Unset = UNSET
    language_code: str | Unset = UNSET
    speed: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        lyrics_prompt = self.lyrics_prompt

        duration_seconds: int | str | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        force_instrumental = self.force_instrumental

        lyrics_optimizer = self.lyrics_optimizer

        loop = self.loop

        voice = self.voice

        language_code = self.language_code

        speed = self.speed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if lyrics_prompt is not UNSET:
            field_dict["lyrics_prompt"] = lyrics_prompt
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if force_instrumental is not UNSET:
            field_dict["force_instrumental"] = force_instrumental
        if lyrics_optimizer is not UNSET:
            field_dict["lyrics_optimizer"] = lyrics_optimizer
        if loop is not UNSET:
            field_dict["loop"] = loop
        if voice is not UNSET:
            field_dict["voice"] = voice
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        lyrics_prompt = d.pop("lyrics_prompt", UNSET)

        def _parse_duration_seconds(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        force_instrumental = d.pop("force_instrumental", UNSET)

        lyrics_optimizer = d.pop("lyrics_optimizer", UNSET)

        loop = d.pop("loop", UNSET)

        voice = d.pop("voice", UNSET)

        language_code = d.pop("language_code", UNSET)

        speed = d.pop("speed", UNSET)

        queue_audio_request = cls(
            model=model,
            prompt=prompt,
            lyrics_prompt=lyrics_prompt,
            duration_seconds=duration_seconds,
            force_instrumental=force_instrumental,
            lyrics_optimizer=lyrics_optimizer,
            loop=loop,
            voice=voice,
            language_code=language_code,
            speed=speed,
        )

        return queue_audio_request
