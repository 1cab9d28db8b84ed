from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec_inpaint_model_pricing_quality_additional_property_high import (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyHigh,
    )
    from ..models.model_response_model_spec_inpaint_model_pricing_quality_additional_property_low import (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyLow,
    )
    from ..models.model_response_model_spec_inpaint_model_pricing_quality_additional_property_medium import (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyMedium,
    )


T = TypeVar(
    "T", bound="ModelResponseModelSpecInpaintModelPricingQualityAdditionalProperty"
)


@_attrs_define
class ModelResponseModelSpecInpaintModelPricingQualityAdditionalProperty:
    """
    Attributes:
        low (ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyLow | Unset):
        medium (ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyMedium | Unset):
        high (ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyHigh | Unset):
    """

    low: (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyLow | Unset
    ) = UNSET
    medium: (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyMedium | Unset
    ) = UNSET
    high: (
        ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyHigh | Unset
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
        from ..models.model_response_model_spec_inpaint_model_pricing_quality_additional_property_high import (
            ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyHigh,
        )
        from ..models.model_response_model_spec_inpaint_model_pricing_quality_additional_property_low import (
            ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyLow,
        )
        from ..models.model_response_model_spec_inpaint_model_pricing_quality_additional_property_medium import (
            ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyMedium,
        )

        d = dict(src_dict)
        _low = d.pop("low", UNSET)
        low: (
            ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyLow
            | Unset
        )
        if isinstance(_low, Unset):
            low = UNSET
        else:
            low = ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyLow.from_dict(
                _low
            )

        _medium = d.pop("medium", UNSET)
        medium: (
            ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyMedium
            | Unset
        )
        if isinstance(_medium, Unset):
            medium = UNSET
        else:
            medium = ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyMedium.from_dict(
                _medium
            )

        _high = d.pop("high", UNSET)
        high: (
            ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyHigh
            | Unset
        )
        if isinstance(_high, Unset):
            high = UNSET
        else:
            high = ModelResponseModelSpecInpaintModelPricingQualityAdditionalPropertyHigh.from_dict(
                _high
            )

        model_response_model_spec_inpaint_model_pricing_quality_additional_property = (
            cls(
                low=low,
                medium=medium,
                high=high,
            )
        )

        model_response_model_spec_inpaint_model_pricing_quality_additional_property.additional_properties = d
        return (
            model_response_model_spec_inpaint_model_pricing_quality_additional_property
        )

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
