from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_response_model_spec_inpaint_model_pricing_resolutions_additional_property import (
        ModelResponseModelSpecInpaintModelPricingResolutionsAdditionalProperty,
    )


T = TypeVar("T", bound="ModelResponseModelSpecInpaintModelPricingResolutions")


@_attrs_define
class ModelResponseModelSpecInpaintModelPricingResolutions:
    """Resolution-specific pricing. Keys are resolution tiers (e.g. "1K", "2K", "4K"). Only present for inpaint models that
    support resolution selection.

        Example:
            {'1K': {'usd': 0.36, 'diem': 0.36}, '2K': {'usd': 0.53, 'diem': 0.53}, '4K': {'usd': 0.85, 'diem': 0.85}}

    """

    additional_properties: dict[
        str, ModelResponseModelSpecInpaintModelPricingResolutionsAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_inpaint_model_pricing_resolutions_additional_property import (
            ModelResponseModelSpecInpaintModelPricingResolutionsAdditionalProperty,
        )

        d = dict(src_dict)
        model_response_model_spec_inpaint_model_pricing_resolutions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ModelResponseModelSpecInpaintModelPricingResolutionsAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        model_response_model_spec_inpaint_model_pricing_resolutions.additional_properties = additional_properties
        return model_response_model_spec_inpaint_model_pricing_resolutions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ModelResponseModelSpecInpaintModelPricingResolutionsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: ModelResponseModelSpecInpaintModelPricingResolutionsAdditionalProperty,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
