from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_transcription_response_200_timestamps_char_item import (
        CreateTranscriptionResponse200TimestampsCharItem,
    )
    from ..models.create_transcription_response_200_timestamps_segment_item import (
        CreateTranscriptionResponse200TimestampsSegmentItem,
    )
    from ..models.create_transcription_response_200_timestamps_word_item import (
        CreateTranscriptionResponse200TimestampsWordItem,
    )


T = TypeVar("T", bound="CreateTranscriptionResponse200Timestamps")


@_attrs_define
class CreateTranscriptionResponse200Timestamps:
    """Timestamps for the transcription (only if timestamps=true)

    Attributes:
        word (list[CreateTranscriptionResponse200TimestampsWordItem] | Unset):
        segment (list[CreateTranscriptionResponse200TimestampsSegmentItem] | Unset):
        char (list[CreateTranscriptionResponse200TimestampsCharItem] | Unset):
    """

    word: list[CreateTranscriptionResponse200TimestampsWordItem] | Unset = UNSET
    segment: list[CreateTranscriptionResponse200TimestampsSegmentItem] | Unset = UNSET
    char: list[CreateTranscriptionResponse200TimestampsCharItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.word, Unset):
            word = []
            for word_item_data in self.word:
                word_item = word_item_data.to_dict()
                word.append(word_item)

        segment: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = []
            for segment_item_data in self.segment:
                segment_item = segment_item_data.to_dict()
                segment.append(segment_item)

        char: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.char, Unset):
            char = []
            for char_item_data in self.char:
                char_item = char_item_data.to_dict()
                char.append(char_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if word is not UNSET:
            field_dict["word"] = word
        if segment is not UNSET:
            field_dict["segment"] = segment
        if char is not UNSET:
            field_dict["char"] = char

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_transcription_response_200_timestamps_char_item import (
            CreateTranscriptionResponse200TimestampsCharItem,
        )
        from ..models.create_transcription_response_200_timestamps_segment_item import (
            CreateTranscriptionResponse200TimestampsSegmentItem,
        )
        from ..models.create_transcription_response_200_timestamps_word_item import (
            CreateTranscriptionResponse200TimestampsWordItem,
        )

        d = dict(src_dict)
        _word = d.pop("word", UNSET)
        word: list[CreateTranscriptionResponse200TimestampsWordItem] | Unset = UNSET
        if _word is not UNSET:
            word = []
            for word_item_data in _word:
                word_item = CreateTranscriptionResponse200TimestampsWordItem.from_dict(
                    word_item_data
                )

                word.append(word_item)

        _segment = d.pop("segment", UNSET)
        segment: list[CreateTranscriptionResponse200TimestampsSegmentItem] | Unset = (
            UNSET
        )
        if _segment is not UNSET:
            segment = []
            for segment_item_data in _segment:
                segment_item = (
                    CreateTranscriptionResponse200TimestampsSegmentItem.from_dict(
                        segment_item_data
                    )
                )

                segment.append(segment_item)

        _char = d.pop("char", UNSET)
        char: list[CreateTranscriptionResponse200TimestampsCharItem] | Unset = UNSET
        if _char is not UNSET:
            char = []
            for char_item_data in _char:
                char_item = CreateTranscriptionResponse200TimestampsCharItem.from_dict(
                    char_item_data
                )

                char.append(char_item)

        create_transcription_response_200_timestamps = cls(
            word=word,
            segment=segment,
            char=char,
        )

        create_transcription_response_200_timestamps.additional_properties = d
        return create_transcription_response_200_timestamps

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
