from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateClonedVoiceResponse200")


@_attrs_define
class CreateClonedVoiceResponse200:
    """
    Attributes:
        id (str): The cloned voice handle. Pass this to POST /v1/audio/speech as the `voice` parameter alongside the
            same `model` used to create it. Handles expire automatically after the per-model retention window (currently 7
            days for both supported models); for `tts-minimax-speech-02-hd` each successful TTS request resets that window.
            Example: vv_voice_abc123xyz.
        model (str): The Venice TTS model this voice can be used with. Example: tts-chatterbox-hd.
    """

    id: str
    model: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model = self.model

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        model = d.pop("model")

        create_cloned_voice_response_200 = cls(
            id=id,
            model=model,
        )

        return create_cloned_voice_response_200
