from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_response_model_spec_asr_model_pricing_per_audio_second import (
        ModelResponseModelSpecASRModelPricingPerAudioSecond,
    )


T = TypeVar("T", bound="ModelResponseModelSpecASRModelPricing")


@_attrs_define
class ModelResponseModelSpecASRModelPricing:
    """Pricing for ASR (speech-to-text) models

    Attributes:
        per_audio_second (ModelResponseModelSpecASRModelPricingPerAudioSecond):
    """

    per_audio_second: ModelResponseModelSpecASRModelPricingPerAudioSecond
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_audio_second = self.per_audio_second.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "per_audio_second": per_audio_second,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_asr_model_pricing_per_audio_second import (
            ModelResponseModelSpecASRModelPricingPerAudioSecond,
        )

        d = dict(src_dict)
        per_audio_second = (
            ModelResponseModelSpecASRModelPricingPerAudioSecond.from_dict(
                d.pop("per_audio_second")
            )
        )

        model_response_model_spec_asr_model_pricing = cls(
            per_audio_second=per_audio_second,
        )

        model_response_model_spec_asr_model_pricing.additional_properties = d
        return model_response_model_spec_asr_model_pricing

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
