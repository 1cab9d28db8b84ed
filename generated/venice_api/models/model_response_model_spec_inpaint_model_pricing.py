from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec_inpaint_model_pricing_inpaint import (
        ModelResponseModelSpecInpaintModelPricingInpaint,
    )
    from ..models.model_response_model_spec_inpaint_model_pricing_input_images import (
        ModelResponseModelSpecInpaintModelPricingInputImages,
    )
    from ..models.model_response_model_spec_inpaint_model_pricing_quality import (
        ModelResponseModelSpecInpaintModelPricingQuality,
    )
    from ..models.model_response_model_spec_inpaint_model_pricing_resolutions import (
        ModelResponseModelSpecInpaintModelPricingResolutions,
    )


T = TypeVar("T", bound="ModelResponseModelSpecInpaintModelPricing")


@_attrs_define
class ModelResponseModelSpecInpaintModelPricing:
    """Pricing for image editing/inpainting models

    Attributes:
        inpaint (ModelResponseModelSpecInpaintModelPricingInpaint):
        resolutions (ModelResponseModelSpecInpaintModelPricingResolutions | Unset): Resolution-specific pricing. Keys
            are resolution tiers (e.g. "1K", "2K", "4K"). Only present for inpaint models that support resolution selection.
            Example: {'1K': {'usd': 0.36, 'diem': 0.36}, '2K': {'usd': 0.53, 'diem': 0.53}, '4K': {'usd': 0.85, 'diem':
            0.85}}.
        input_images (ModelResponseModelSpecInpaintModelPricingInputImages | Unset): Input-image pricing. The base price
            covers "included" input images; each additional input image adds the "additional" cost per output image.
        quality (ModelResponseModelSpecInpaintModelPricingQuality | Unset): Per-(resolution, quality) pricing. Only
            present for models that accept the `quality` request parameter (currently GPT Image 2 / GPT Image 2 Edit).
            Example: {'1K': {'high': {'usd': 0.27, 'diem': 0.27}, 'low': {'usd': 0.02, 'diem': 0.02}, 'medium': {'usd':
            0.07, 'diem': 0.07}}, '2K': {'high': {'usd': 0.5, 'diem': 0.5}, 'low': {'usd': 0.03, 'diem': 0.03}, 'medium':
            {'usd': 0.13, 'diem': 0.13}}, '4K': {'high': {'usd': 0.83, 'diem': 0.83}, 'low': {'usd': 0.05, 'diem': 0.05},
            'medium': {'usd': 0.21, 'diem': 0.21}}}.
    """

    inpaint: ModelResponseModelSpecInpaintModelPricingInpaint
    resolutions: ModelResponseModelSpecInpaintModelPricingResolutions | Unset = UNSET
    input_images: ModelResponseModelSpecInpaintModelPricingInputImages | Unset = UNSET
    quality: ModelResponseModelSpecInpaintModelPricingQuality | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inpaint = self.inpaint.to_dict()

        resolutions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolutions, Unset):
            resolutions = self.resolutions.to_dict()

        input_images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images.to_dict()

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inpaint": inpaint,
            }
        )
        if resolutions is not UNSET:
            field_dict["resolutions"] = resolutions
        if input_images is not UNSET:
            field_dict["inputImages"] = input_images
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_inpaint_model_pricing_inpaint import (
            ModelResponseModelSpecInpaintModelPricingInpaint,
        )
        from ..models.model_response_model_spec_inpaint_model_pricing_input_images import (
            ModelResponseModelSpecInpaintModelPricingInputImages,
        )
        from ..models.model_response_model_spec_inpaint_model_pricing_quality import (
            ModelResponseModelSpecInpaintModelPricingQuality,
        )
        from ..models.model_response_model_spec_inpaint_model_pricing_resolutions import (
            ModelResponseModelSpecInpaintModelPricingResolutions,
        )

        d = dict(src_dict)
        inpaint = ModelResponseModelSpecInpaintModelPricingInpaint.from_dict(
            d.pop("inpaint")
        )

        _resolutions = d.pop("resolutions", UNSET)
        resolutions: ModelResponseModelSpecInpaintModelPricingResolutions | Unset
        if isinstance(_resolutions, Unset):
            resolutions = UNSET
        else:
            resolutions = (
                ModelResponseModelSpecInpaintModelPricingResolutions.from_dict(
                    _resolutions
                )
            )

        _input_images = d.pop("inputImages", UNSET)
        input_images: ModelResponseModelSpecInpaintModelPricingInputImages | Unset
        if isinstance(_input_images, Unset):
            input_images = UNSET
        else:
            input_images = (
                ModelResponseModelSpecInpaintModelPricingInputImages.from_dict(
                    _input_images
                )
            )

        _quality = d.pop("quality", UNSET)
        quality: ModelResponseModelSpecInpaintModelPricingQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = ModelResponseModelSpecInpaintModelPricingQuality.from_dict(
                _quality
            )

        model_response_model_spec_inpaint_model_pricing = cls(
            inpaint=inpaint,
            resolutions=resolutions,
            input_images=input_images,
            quality=quality,
        )

        model_response_model_spec_inpaint_model_pricing.additional_properties = d
        return model_response_model_spec_inpaint_model_pricing

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
