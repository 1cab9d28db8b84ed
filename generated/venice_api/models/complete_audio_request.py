from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CompleteAudioRequest")


@_attrs_define
class CompleteAudioRequest:
    """
    Attributes:
        model (str): The ID of the model used for audio generation. Example: elevenlabs-music.
        queue_id (str): The ID of the audio generation request. Use this to poll for status and retrieve the result.
            Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    model: str
    queue_id: str

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        queue_id = self.queue_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "queue_id": queue_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        queue_id = d.pop("queue_id")

        complete_audio_request = cls(
            model=model,
            queue_id=queue_id,
        )

        return complete_audio_request
