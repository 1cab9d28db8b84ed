from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrieveAudioRequest")


@_attrs_define
class RetrieveAudioRequest:
    """
    Attributes:
        model (str): The ID of the model used for audio generation. Example: elevenlabs-music.
        queue_id (str): The ID of the audio generation request. Use this to poll for status and retrieve the result.
            Example: 123e4567-e89b-12d3-a456-426614174000.
        delete_media_on_completion (bool | Unset): If true, the audio media will be deleted from storage after the
            request is completed. If false, you can use the complete endpoint to remove the media once you have successfully
            downloaded the audio. Default: False. Example: False.
    """

    model: str
    queue_id: str
    delete_media_on_completion: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        queue_id = self.queue_id

        delete_media_on_completion = self.delete_media_on_completion

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "queue_id": queue_id,
            }
        )
        if delete_media_on_completion is not UNSET:
            field_dict["delete_media_on_completion"] = delete_media_on_completion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        queue_id = d.pop("queue_id")

        delete_media_on_completion = d.pop("delete_media_on_completion", UNSET)

        retrieve_audio_request = cls(
            model=model,
            queue_id=queue_id,
            delete_media_on_completion=delete_media_on_completion,
        )

        return retrieve_audio_request
