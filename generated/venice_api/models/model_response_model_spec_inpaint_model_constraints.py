from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_response_model_spec_inpaint_model_constraints_default_quality import (
    ModelResponseModelSpecInpaintModelConstraintsDefaultQuality,
    check_model_response_model_spec_inpaint_model_constraints_default_quality,
)
from ..models.model_response_model_spec_inpaint_model_constraints_qualities_item import (
    ModelResponseModelSpecInpaintModelConstraintsQualitiesItem,
    check_model_response_model_spec_inpaint_model_constraints_qualities_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelResponseModelSpecInpaintModelConstraints")


@_attrs_define
class ModelResponseModelSpecInpaintModelConstraints:
    """Constraints that apply to inpaint/edit models.

    Attributes:
        aspect_ratios (list[str]): The aspect ratios supported by this model. Omit the parameter to use the model's
            default setting. Example: ['auto', '1:1', '16:9', '9:16'].
        prompt_character_limit (float): The maximum supported prompt length. Example: 1500.
        combine_images (bool): Whether this model supports combining multiple input images. Example: True.
        max_input_images (int | Unset): Maximum number of input images accepted for combine/multi-edit. Absent means the
            default of 3 (or 1 when combineImages is false). Example: 14.
        single_image_aspect_ratio (bool | Unset): If false, output dimensions match the input on single-image edits and
            `aspect_ratio` is ignored. Multi-image edits are unaffected. Defaults to true. Example: True.
        default_resolution (str | Unset): The default resolution for this inpaint model. Only present for models that
            support resolution selection (e.g. GPT Image 2 Edit). Example: 1K.
        resolutions (list[str] | Unset): Supported resolution options for this inpaint model. Only present for models
            that support resolution selection. Example: ['1K', '2K', '4K'].
        default_quality (ModelResponseModelSpecInpaintModelConstraintsDefaultQuality | Unset): The default quality for
            this inpaint model. Only present for models that accept the `quality` request parameter (currently GPT Image 2
            Edit). Example: high.
        qualities (list[ModelResponseModelSpecInpaintModelConstraintsQualitiesItem] | Unset): Supported quality options
            for this inpaint model. Only present for models that accept the `quality` request parameter (currently GPT Image
            2 Edit). Example: ['low', 'medium', 'high'].
    """

    aspect_ratios: list[str]
    prompt_character_limit: float
    combine_images: bool
    max_input_images: int | Unset = UNSET
    single_image_aspect_ratio: bool | Unset = UNSET
    default_resolution: str | Unset = UNSET
    resolutions: list[str] | Unset = UNSET
    default_quality: (
        ModelResponseModelSpecInpaintModelConstraintsDefaultQuality | Unset
    ) = UNSET
    qualities: (
        list[ModelResponseModelSpecInpaintModelConstraintsQualitiesItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratios = self.aspect_ratios

        prompt_character_limit = self.prompt_character_limit

        combine_images = self.combine_images

        max_input_images = self.max_input_images

        single_image_aspect_ratio = self.single_image_aspect_ratio

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspectRatios": aspect_ratios,
                "promptCharacterLimit": prompt_character_limit,
                "combineImages": combine_images,
            }
        )
        if max_input_images is not UNSET:
            field_dict["maxInputImages"] = max_input_images
        if single_image_aspect_ratio is not UNSET:
            field_dict["singleImageAspectRatio"] = single_image_aspect_ratio
        if default_resolution is not UNSET:
            field_dict["defaultResolution"] = default_resolution
        if resolutions is not UNSET:
            field_dict["resolutions"] = resolutions
        if default_quality is not UNSET:
            field_dict["defaultQuality"] = default_quality
        if qualities is not UNSET:
            field_dict["qualities"] = qualities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aspect_ratios = cast(list[str], d.pop("aspectRatios"))

        prompt_character_limit = d.pop("promptCharacterLimit")

        combine_images = d.pop("combineImages")

        max_input_images = d.pop("maxInputImages", UNSET)

        single_image_aspect_ratio = d.pop("singleImageAspectRatio", UNSET)

        default_resolution = d.pop("defaultResolution", UNSET)

        resolutions = cast(list[str], d.pop("resolutions", UNSET))

        _default_quality = d.pop("defaultQuality", UNSET)
        default_quality: (
            ModelResponseModelSpecInpaintModelConstraintsDefaultQuality | Unset
        )
        if isinstance(_default_quality, Unset):
            default_quality = UNSET
        else:
            default_quality = check_model_response_model_spec_inpaint_model_constraints_default_quality(
                _default_quality
            )

        _qualities = d.pop("qualities", UNSET)
        qualities: (
            list[ModelResponseModelSpecInpaintModelConstraintsQualitiesItem] | Unset
        ) = UNSET
        if _qualities is not UNSET:
            qualities = []
            for qualities_item_data in _qualities:
                qualities_item = check_model_response_model_spec_inpaint_model_constraints_qualities_item(
                    qualities_item_data
                )

                qualities.append(qualities_item)

        model_response_model_spec_inpaint_model_constraints = cls(
            aspect_ratios=aspect_ratios,
            prompt_character_limit=prompt_character_limit,
            combine_images=combine_images,
            max_input_images=max_input_images,
            single_image_aspect_ratio=single_image_aspect_ratio,
            default_resolution=default_resolution,
            resolutions=resolutions,
            default_quality=default_quality,
            qualities=qualities,
        )

        model_response_model_spec_inpaint_model_constraints.additional_properties = d
        return model_response_model_spec_inpaint_model_constraints

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
