from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_transcription_response_200_timestamps import (
        CreateTranscriptionResponse200Timestamps,
    )


T = TypeVar("T", bound="CreateTranscriptionResponse200")


@_attrs_define
class CreateTranscriptionResponse200:
    """Transcription response

    Attributes:
        text (str): The transcribed text
        duration (float | Unset): Duration of the audio in seconds
        timestamps (CreateTranscriptionResponse200Timestamps | Unset): Timestamps for the transcription (only if
            timestamps=true)
    """

    text: str
    duration: float | Unset = UNSET
    timestamps: CreateTranscriptionResponse200Timestamps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        duration = self.duration

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_transcription_response_200_timestamps import (
            CreateTranscriptionResponse200Timestamps,
        )

        d = dict(src_dict)
        text = d.pop("text")

        duration = d.pop("duration", UNSET)

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: CreateTranscriptionResponse200Timestamps | Unset
        if isinstance(_timestamps, Unset):
            timestamps = UNSET
        else:
            timestamps = CreateTranscriptionResponse200Timestamps.from_dict(_timestamps)

        create_transcription_response_200 = cls(
            text=text,
            duration=duration,
            timestamps=timestamps,
        )

        create_transcription_response_200.additional_properties = d
        return create_transcription_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
