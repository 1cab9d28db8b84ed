from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_response_model_spec_image_model_pricing_quality_additional_property import (
        ModelResponseModelSpecImageModelPricingQualityAdditionalProperty,
    )


T = TypeVar("T", bound="ModelResponseModelSpecImageModelPricingQuality")


@_attrs_define
class ModelResponseModelSpecImageModelPricingQuality:
    """Per-(resolution, quality) pricing. Only present for models that accept the `quality` request parameter (currently
    GPT Image 2 / GPT Image 2 Edit).

        Example:
            {'1K': {'high': {'usd': 0.27, 'diem': 0.27}, 'low': {'usd': 0.02, 'diem': 0.02}, 'medium': {'usd': 0.07, 'diem':
                0.07}}, '2K': {'high': {'usd': 0.5, 'diem': 0.5}, 'low': {'usd': 0.03, 'diem': 0.03}, 'medium': {'usd': 0.13,
                'diem': 0.13}}, '4K': {'high': {'usd': 0.83, 'diem': 0.83}, 'low': {'usd': 0.05, 'diem': 0.05}, 'medium':
                {'usd': 0.21, 'diem': 0.21}}}

    """

    additional_properties: dict[
        str, ModelResponseModelSpecImageModelPricingQualityAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_image_model_pricing_quality_additional_property import (
            ModelResponseModelSpecImageModelPricingQualityAdditionalProperty,
        )

        d = dict(src_dict)
        model_response_model_spec_image_model_pricing_quality = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ModelResponseModelSpecImageModelPricingQualityAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        model_response_model_spec_image_model_pricing_quality.additional_properties = (
            additional_properties
        )
        return model_response_model_spec_image_model_pricing_quality

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ModelResponseModelSpecImageModelPricingQualityAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: ModelResponseModelSpecImageModelPricingQualityAdditionalProperty,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
