from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_response_model_spec_image_model_constraints_default_quality import (
    ModelResponseModelSpecImageModelConstraintsDefaultQuality,
    check_model_response_model_spec_image_model_constraints_default_quality,
)
from ..models.model_response_model_spec_image_model_constraints_qualities_item import (
    ModelResponseModelSpecImageModelConstraintsQualitiesItem,
    check_model_response_model_spec_image_model_constraints_qualities_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_response_model_spec_image_model_constraints_steps import (
        ModelResponseModelSpecImageModelConstraintsSteps,
    )


T = TypeVar("T", bound="ModelResponseModelSpecImageModelConstraints")


@_attrs_define
class ModelResponseModelSpecImageModelConstraints:
    """Constraints that apply to image models.

    Attributes:
        prompt_character_limit (float): The maximum supported prompt length. Example: 2048.
        steps (ModelResponseModelSpecImageModelConstraintsSteps):
        width_height_divisor (float): The requested width and height of the image generation must be divisible by this
            value. Example: 8.
        aspect_ratios (list[str] | Unset): Supported aspect ratio options for this model. Only present for models that
            support aspect ratio selection. Example: ['1:1', '16:9', '9:16', '3:2', '2:3'].
        default_aspect_ratio (str | Unset): The default aspect ratio for this model. Only present for models that
            support aspect ratio selection. Example: 1:1.
        default_resolution (str | Unset): The default resolution for this model. Only present for models that support
            resolution selection. Example: 1K.
        resolutions (list[str] | Unset): Supported resolution options for this model. Only present for models that
            support resolution selection. Example: ['1K', '2K', '4K'].
        default_quality (ModelResponseModelSpecImageModelConstraintsDefaultQuality | Unset): The default quality for
            this model. Only present for models that accept the `quality` request parameter (currently GPT Image 2).
            Example: high.
        qualities (list[ModelResponseModelSpecImageModelConstraintsQualitiesItem] | Unset): Supported quality options
            for this model. Only present for models that accept the `quality` request parameter (currently GPT Image 2).
            Example: ['low', 'medium', 'high'].
        max_style_references (float | Unset): Maximum number of style_references accepted by POST /image/generate. Only
            present for models that support style references. Example: 3.
        supports_style_reference_strength (bool | Unset): Whether per-reference `strength` is honored. When false,
            style_references strength is ignored. Only present for models that support style references. Example: True.
    """

    prompt_character_limit: float
    steps: ModelResponseModelSpecImageModelConstraintsSteps
    width_height_divisor: float
    aspect_ratios: list[str] | Unset = UNSET
    default_aspect_ratio: str | Unset = UNSET
    default_resolution: str | Unset = UNSET
    resolutions: list[str] | Unset = UNSET
    default_quality: (
        ModelResponseModelSpecImageModelConstraintsDefaultQuality | Unset
    ) = UNSET
    qualities: (
        list[ModelResponseModelSpecImageModelConstraintsQualitiesItem] | Unset
    ) = UNSET
    max_style_references: float | Unset = UNSET
    supports_style_reference_strength: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_character_limit = self.prompt_character_limit

        steps = self.steps.to_dict()

        width_height_divisor = self.width_height_divisor

        aspect_ratios: list[str] | Unset = UNSET
        if not isinstance(self.aspect_ratios, Unset):
            aspect_ratios = self.aspect_ratios

        default_aspect_ratio = self.default_aspect_ratio

        default_resolution = self.default_resolution

        resolutions: list[str] | Unset = UNSET
        if not isinstance(self.resolutions, Unset):
            resolutions = self.resolutions

        default_quality: str | Unset = UNSET
        if not isinstance(self.default_quality, Unset):
            default_quality = self.default_quality

        qualities: list[str] | Unset = UNSET
        if not isinstance(self.qualities, Unset):
            qualities = []
            for qualities_item_data in self.qualities:
                qualities_item: str = qualities_item_data
                qualities.append(qualities_item)

        max_style_references = self.max_style_references

        supports_style_reference_strength = self.supports_style_reference_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promptCharacterLimit": prompt_character_limit,
                "steps": steps,
                "widthHeightDivisor": width_height_divisor,
            }
        )
        if aspect_ratios is not UNSET:
            field_dict["aspectRatios"] = aspect_ratios
        if default_aspect_ratio is not UNSET:
            field_dict["defaultAspectRatio"] = default_aspect_ratio
        if default_resolution is not UNSET:
            field_dict["defaultResolution"] = default_resolution
        if resolutions is not UNSET:
            field_dict["resolutions"] = resolutions
        if default_quality is not UNSET:
            field_dict["defaultQuality"] = default_quality
        if qualities is not UNSET:
            field_dict["qualities"] = qualities
        if max_style_references is not UNSET:
            field_dict["maxStyleReferences"] = max_style_references
        if supports_style_reference_strength is not UNSET:
            field_dict["supportsStyleReferenceStrength"] = (
                supports_style_reference_strength
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_response_model_spec_image_model_constraints_steps import (
            ModelResponseModelSpecImageModelConstraintsSteps,
        )

        d = dict(src_dict)
        prompt_character_limit = d.pop("promptCharacterLimit")

        steps = ModelResponseModelSpecImageModelConstraintsSteps.from_dict(
            d.pop("steps")
        )

        width_height_divisor = d.pop("widthHeightDivisor")

        aspect_ratios = cast(list[str], d.pop("aspectRatios", UNSET))

        default_aspect_ratio = d.pop("defaultAspectRatio", UNSET)

        default_resolution = d.pop("defaultResolution", UNSET)

        resolutions = cast(list[str], d.pop("resolutions", UNSET))

        _default_quality = d.pop("defaultQuality", UNSET)
        default_quality: (
            ModelResponseModelSpecImageModelConstraintsDefaultQuality | Unset
        )
        if isinstance(_default_quality, Unset):
            default_quality = UNSET
        else:
            default_quality = (
                check_model_response_model_spec_image_model_constraints_default_quality(
                    _default_quality
                )
            )

        _qualities = d.pop("qualities", UNSET)
        qualities: (
            list[ModelResponseModelSpecImageModelConstraintsQualitiesItem] | Unset
        ) = UNSET
        if _qualities is not UNSET:
            qualities = []
            for qualities_item_data in _qualities:
                qualities_item = check_model_response_model_spec_image_model_constraints_qualities_item(
                    qualities_item_data
                )

                qualities.append(qualities_item)

        max_style_references = d.pop("maxStyleReferences", UNSET)

        supports_style_reference_strength = d.pop(
            "supportsStyleReferenceStrength", UNSET
        )

        model_response_model_spec_image_model_constraints = cls(
            prompt_character_limit=prompt_character_limit,
            steps=steps,
            width_height_divisor=width_height_divisor,
            aspect_ratios=aspect_ratios,
            default_aspect_ratio=default_aspect_ratio,
            default_resolution=default_resolution,
            resolutions=resolutions,
            default_quality=default_quality,
            qualities=qualities,
            max_style_references=max_style_references,
            supports_style_reference_strength=supports_style_reference_strength,
        )

        model_response_model_spec_image_model_constraints.additional_properties = d
        return model_response_model_spec_image_model_constraints

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
