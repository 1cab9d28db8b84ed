from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_response_model_spec_video_model_constraints_model_type import (
    ModelResponseModelSpecVideoModelConstraintsModelType,
    check_model_response_model_spec_video_model_constraints_model_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelResponseModelSpecVideoModelConstraints")


@_attrs_define
class ModelResponseModelSpecVideoModelConstraints:
    """Constraints that apply to video models.

    Attributes:
        aspect_ratios (list[str]): The aspect ratios supported by the model. Empty array means the model does not
            support a defined aspect ratio. Example: ['16:9', '9:16'].
        resolutions (list[str]): The resolutions supported by the model. Empty array means the model does not support a
            defined resolution. Example: ['1080p', '720p', '480p'].
        durations (list[str]): The durations supported by the model. Empty array means the model does not support a
            defined duration. Example: ['5s', '10s', '15s', '20s', '30s'].
        model_type (ModelResponseModelSpecVideoModelConstraintsModelType): The type of video model. Example: image-to-
            video.
        audio (bool): Does the model support audio generation? Example: True.
        audio_configurable (bool): Can audio be enabled or disabled for the video generation? Example: True.
        prompt_character_limit (float | Unset): The maximum supported prompt length for this video model. If not
            specified, the default is 2500 characters. Example: 1000.
    """

    aspect_ratios: list[str]
    resolutions: list[str]
    durations: list[str]
    model_type: ModelResponseModelSpecVideoModelConstraintsModelType
    audio: bool
    audio_configurable: bool
    prompt_character_limit: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratios = self.aspect_ratios

        resolutions = self.resolutions

        durations = self.durations

        model_type: str = self.model_type

        audio = self.audio

        audio_configurable = self.audio_configurable

        prompt_character_limit = self.prompt_character_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspect_ratios": aspect_ratios,
                "resolutions": resolutions,
                "durations": durations,
                "model_type": model_type,
                "audio": audio,
                "audio_configurable": audio_configurable,
            }
        )
        if prompt_character_limit is not UNSET:
            field_dict["prompt_character_limit"] = prompt_character_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratios = cast(list[str], d.pop("aspect_ratios"))

        resolutions = cast(list[str], d.pop("resolutions"))

        durations = cast(list[str], d.pop("durations"))

        model_type = check_model_response_model_spec_video_model_constraints_model_type(
            d.pop("model_type")
        )

        audio = d.pop("audio")

        audio_configurable = d.pop("audio_configurable")

        prompt_character_limit = d.pop("prompt_character_limit", UNSET)

        model_response_model_spec_video_model_constraints = cls(
            aspect_ratios=aspect_ratios,
            resolutions=resolutions,
            durations=durations,
            model_type=model_type,
            audio=audio,
            audio_configurable=audio_configurable,
            prompt_character_limit=prompt_character_limit,
        )

        model_response_model_spec_video_model_constraints.additional_properties = d
        return model_response_model_spec_video_model_constraints

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
