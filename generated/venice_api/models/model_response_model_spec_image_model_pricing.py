from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec_image_model_pricing_generation import (
        ModelResponseModelSpecImageModelPricingGeneration,
    )
    from ..models.model_response_model_spec_image_model_pricing_quality import (
        ModelResponseModelSpecImageModelPricingQuality,
    )
    from ..models.model_response_model_spec_image_model_pricing_resolutions import (
        ModelResponseModelSpecImageModelPricingResolutions,
    )
    from ..models.model_response_model_spec_image_model_pricing_upscale import (
        ModelResponseModelSpecImageModelPricingUpscale,
    )


T = TypeVar("T", bound="ModelResponseModelSpecImageModelPricing")


@_attrs_define
class ModelResponseModelSpecImageModelPricing:
    """Pricing for image generation and upscaling

    Attributes:
        upscale (ModelResponseModelSpecImageModelPricingUpscale):
        generation (ModelResponseModelSpecImageModelPricingGeneration | Unset): Base pricing for image generation. Only
            present for models without resolution-specific pricing.
        resolutions (ModelResponseModelSpecImageModelPricingResolutions | Unset): Resolution-specific pricing. Keys are
            resolution tiers (e.g. "1K", "2K", "4K"). Only present for models that support resolution selection. When
            present, replaces `generation`. Example: {'1K': {'usd': 0.18, 'diem': 0.18}, '2K': {'usd': 0.24, 'diem': 0.24},
            '4K': {'usd': 0.35, 'diem': 0.35}}.
        quality (ModelResponseModelSpecImageModelPricingQuality | Unset): Per-(resolution, quality) pricing. Only
            present for models that accept the `quality` request parameter (currently GPT Image 2 / GPT Image 2 Edit).
            Example: {'1K': {'high': {'usd': 0.27, 'diem': 0.27}, 'low': {'usd': 0.02, 'diem': 0.02}, 'medium': {'usd':
            0.07, 'diem': 0.07}}, '2K': {'high': {'usd': 0.5, 'diem': 0.5}, 'low': {'usd': 0.03, 'diem': 0.03}, 'medium':
            {'usd': 0.13, 'diem': 0.13}}, '4K': {'high': {'usd': 0.83, 'diem': 0.83}, 'low': {'usd': 0.05, 'diem': 0.05},
            'medium': {'usd': 0.21, 'diem': 0.21}}}.
    """

    upscale: ModelResponseModelSpecImageModelPricingUpscale
    generation: ModelResponseModelSpecImageModelPricingGeneration | Unset = UNSET
    resolutions: ModelResponseModelSpecImageModelPricingResolutions | Unset = UNSET
    quality: ModelResponseModelSpecImageModelPricingQuality | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upscale = self.upscale.to_dict()

        generation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generation, Unset):
            generation = self.generation.to_dict()

        resolutions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolutions, Unset):
            resolutions = self.resolutions.to_dict()

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upscale": upscale,
            }
        )
        if generation is not UNSET:
            field_dict["generation"] = generation
        if resolutions is not UNSET:
            field_dict["resolutions"] = resolutions
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_image_model_pricing_generation import (
            ModelResponseModelSpecImageModelPricingGeneration,
        )
        from ..models.model_response_model_spec_image_model_pricing_quality import (
            ModelResponseModelSpecImageModelPricingQuality,
        )
        from ..models.model_response_model_spec_image_model_pricing_resolutions import (
            ModelResponseModelSpecImageModelPricingResolutions,
        )
        from ..models.model_response_model_spec_image_model_pricing_upscale import (
            ModelResponseModelSpecImageModelPricingUpscale,
        )

        d = dict(src_dict)
        upscale = ModelResponseModelSpecImageModelPricingUpscale.from_dict(
            d.pop("upscale")
        )

        _generation = d.pop("generation", UNSET)
        generation: ModelResponseModelSpecImageModelPricingGeneration | Unset
        if isinstance(_generation, Unset):
            generation = UNSET
        else:
            generation = ModelResponseModelSpecImageModelPricingGeneration.from_dict(
                _generation
            )

        _resolutions = d.pop("resolutions", UNSET)
        resolutions: ModelResponseModelSpecImageModelPricingResolutions | Unset
        if isinstance(_resolutions, Unset):
            resolutions = UNSET
        else:
            resolutions = ModelResponseModelSpecImageModelPricingResolutions.from_dict(
                _resolutions
            )

        _quality = d.pop("quality", UNSET)
        quality: ModelResponseModelSpecImageModelPricingQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = ModelResponseModelSpecImageModelPricingQuality.from_dict(_quality)

        model_response_model_spec_image_model_pricing = cls(
            upscale=upscale,
            generation=generation,
            resolutions=resolutions,
            quality=quality,
        )

        model_response_model_spec_image_model_pricing.additional_properties = d
        return model_response_model_spec_image_model_pricing

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
