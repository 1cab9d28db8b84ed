from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteAudioRequest")


@_attrs_define
class QuoteAudioRequest:
    """
    Attributes:
        model (str): The model to get a price quote for. Example: elevenlabs-music.
        duration_seconds (int | str | Unset): Optional duration hint in seconds. Only supported for models that expose
            duration metadata via `/models`. Accepts either an integer or a numeric string. If omitted, the model default
            duration is used when available. Example: 60.
        character_count (int | Unset): Optional character count for character-based pricing models. Required when the
            selected model uses `pricing.per_thousand_characters` in `/models`. Example: 100.
    """

    model: str
    duration_seconds: int | str | Unset = UNSET
    character_count: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        duration_seconds: int | str | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        character_count = self.character_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if character_count is not UNSET:
            field_dict["character_count"] = character_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_duration_seconds(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        character_count = d.pop("character_count", UNSET)

        quote_audio_request = cls(
            model=model,
            duration_seconds=duration_seconds,
            character_count=character_count,
        )

        return quote_audio_request
