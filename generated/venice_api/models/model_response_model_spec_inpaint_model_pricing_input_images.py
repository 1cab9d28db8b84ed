from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_response_model_spec_inpaint_model_pricing_input_images_additional import (
        ModelResponseModelSpecInpaintModelPricingInputImagesAdditional,
    )


T = TypeVar("T", bound="ModelResponseModelSpecInpaintModelPricingInputImages")


@_attrs_define
class ModelResponseModelSpecInpaintModelPricingInputImages:
    """Input-image pricing. The base price covers "included" input images; each additional input image adds the
    "additional" cost per output image.

        Attributes:
            included (float): Number of input images included in the base price. Each additional input image adds the
                "additional" cost. Example: 1.
            additional (ModelResponseModelSpecInpaintModelPricingInputImagesAdditional):
    """

    included: float
    additional: ModelResponseModelSpecInpaintModelPricingInputImagesAdditional
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        included = self.included

        additional = self.additional.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "included": included,
                "additional": additional,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_inpaint_model_pricing_input_images_additional import (
            ModelResponseModelSpecInpaintModelPricingInputImagesAdditional,
        )

        d = dict(src_dict)
        included = d.pop("included")

        additional = (
            ModelResponseModelSpecInpaintModelPricingInputImagesAdditional.from_dict(
                d.pop("additional")
            )
        )

        model_response_model_spec_inpaint_model_pricing_input_images = cls(
            included=included,
            additional=additional,
        )

        model_response_model_spec_inpaint_model_pricing_input_images.additional_properties = d
        return model_response_model_spec_inpaint_model_pricing_input_images

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
