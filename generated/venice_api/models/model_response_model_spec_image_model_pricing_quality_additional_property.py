from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec_image_model_pricing_quality_additional_property_high import (
        ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyHigh,
    )
    from ..models.model_response_model_spec_image_model_pricing_quality_additional_property_low import (
        ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyLow,
    )
    from ..models.model_response_model_spec_image_model_pricing_quality_additional_property_medium import (
        ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyMedium,
    )


T = TypeVar(
    "T", bound="ModelResponseModelSpecImageModelPricingQualityAdditionalProperty"
)


@_attrs_define
class ModelResponseModelSpecImageModelPricingQualityAdditionalProperty:
    """
    Attributes:
        low (ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyLow | Unset):
        medium (ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyMedium | Unset):
        high (ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyHigh | Unset):
    """

    low: ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyLow | Unset = (
        UNSET
    )
    medium: (
        ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyMedium | Unset
    ) = UNSET
    high: (
        ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyHigh | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        low: dict[str, Any] | Unset = UNSET
        if not isinstance(self.low, Unset):
            low = self.low.to_dict()

        medium: dict[str, Any] | Unset = UNSET
        if not isinstance(self.medium, Unset):
            medium = self.medium.to_dict()

        high: dict[str, Any] | Unset = UNSET
        if not isinstance(self.high, Unset):
            high = self.high.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if low is not UNSET:
            field_dict["low"] = low
        if medium is not UNSET:
            field_dict["medium"] = medium
        if high is not UNSET:
            field_dict["high"] = high

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_image_model_pricing_quality_additional_property_high import (
            ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyHigh,
        )
        from ..models.model_response_model_spec_image_model_pricing_quality_additional_property_low import (
            ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyLow,
        )
        from ..models.model_response_model_spec_image_model_pricing_quality_additional_property_medium import (
            ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyMedium,
        )

        d = dict(src_dict)
        _low = d.pop("low", UNSET)
        low: ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyLow | Unset
        if isinstance(_low, Unset):
            low = UNSET
        else:
            low = ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyLow.from_dict(
                _low
            )

        _medium = d.pop("medium", UNSET)
        medium: (
            ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyMedium
            | Unset
        )
        if isinstance(_medium, Unset):
            medium = UNSET
        else:
            medium = ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyMedium.from_dict(
                _medium
            )

        _high = d.pop("high", UNSET)
        high: (
            ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyHigh | Unset
        )
        if isinstance(_high, Unset):
            high = UNSET
        else:
            high = ModelResponseModelSpecImageModelPricingQualityAdditionalPropertyHigh.from_dict(
                _high
            )

        model_response_model_spec_image_model_pricing_quality_additional_property = cls(
            low=low,
            medium=medium,
            high=high,
        )

        model_response_model_spec_image_model_pricing_quality_additional_property.additional_properties = d
        return model_response_model_spec_image_model_pricing_quality_additional_property

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
