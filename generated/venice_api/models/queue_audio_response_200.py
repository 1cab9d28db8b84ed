from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.queue_audio_response_200_status import (
    QueueAudioResponse200Status,
    check_queue_audio_response_200_status,
)

T = TypeVar("T", bound="QueueAudioResponse200")


@_attrs_define
class QueueAudioResponse200:
    """
    Attributes:
        model (str): The ID of the model used for audio generation. Example: elevenlabs-music.
        queue_id (str): The ID of the audio generation request. Use this to poll for status and retrieve the result.
            Example: 123e4567-e89b-12d3-a456-426614174000.
        status (QueueAudioResponse200Status): The status of the audio generation request. Example: QUEUED.
    """

    model: str
    queue_id: str
    status: QueueAudioResponse200Status

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        queue_id = self.queue_id

        status: str = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "queue_id": queue_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        queue_id = d.pop("queue_id")

        status = check_queue_audio_response_200_status(d.pop("status"))

        queue_audio_response_200 = cls(
            model=model,
            queue_id=queue_id,
            status=status,
        )

        return queue_audio_response_200
