from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_response_model_spec_image_model_pricing_upscale_2x import (
        ModelResponseModelSpecImageModelPricingUpscale2X,
    )
    from ..models.model_response_model_spec_image_model_pricing_upscale_4x import (
        ModelResponseModelSpecImageModelPricingUpscale4X,
    )


T = TypeVar("T", bound="ModelResponseModelSpecImageModelPricingUpscale")


@_attrs_define
class ModelResponseModelSpecImageModelPricingUpscale:
    """
    Attributes:
        field_2x (ModelResponseModelSpecImageModelPricingUpscale2X):
        field_4x (ModelResponseModelSpecImageModelPricingUpscale4X):
    """

    field_2x: ModelResponseModelSpecImageModelPricingUpscale2X
    field_4x: ModelResponseModelSpecImageModelPricingUpscale4X
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_2x = self.field_2x.to_dict()

        field_4x = self.field_4x.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "2x": field_2x,
                "4x": field_4x,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_image_model_pricing_upscale_2x import (
            ModelResponseModelSpecImageModelPricingUpscale2X,
        )
        from ..models.model_response_model_spec_image_model_pricing_upscale_4x import (
            ModelResponseModelSpecImageModelPricingUpscale4X,
        )

        d = dict(src_dict)
        field_2x = ModelResponseModelSpecImageModelPricingUpscale2X.from_dict(
            d.pop("2x")
        )

        field_4x = ModelResponseModelSpecImageModelPricingUpscale4X.from_dict(
            d.pop("4x")
        )

        model_response_model_spec_image_model_pricing_upscale = cls(
            field_2x=field_2x,
            field_4x=field_4x,
        )

        model_response_model_spec_image_model_pricing_upscale.additional_properties = d
        return model_response_model_spec_image_model_pricing_upscale

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
