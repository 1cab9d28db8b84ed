from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.multi_edit_image_request_aspect_ratio import (
    MultiEditImageRequestAspectRatio,
    check_multi_edit_image_request_aspect_ratio,
)
from ..models.multi_edit_image_request_output_format import (
    MultiEditImageRequestOutputFormat,
    check_multi_edit_image_request_output_format,
)
from ..models.multi_edit_image_request_quality import (
    MultiEditImageRequestQuality,
    check_multi_edit_image_request_quality,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiEditImageRequest")


@_attrs_define
class MultiEditImageRequest:
    """Edit an image by compositing multiple layered input images (up to the per-model maximum) with a single prompt.
    Supports base64-encoded strings and URLs.

        Attributes:
            prompt (str): The text directions to edit or modify the image. Short, descriptive prompts work best (e.g.,
                "remove the tree", "change the sky to sunrise"). Character limit is model specific and is listed in the
                promptCharacterLimit setting in the model list endpoint.
            images (list[str]): Images used for multi-editing (minimum 1). The maximum is model-specific — see
                `capabilities.maxInputImages` from GET /api/v1/models. The first image is treated as the base image, and the
                remaining images are used as edit layers/masks. Each image can be a base64-encoded string or a URL starting with
                http:// or https://. Image dimensions must be at least 65536 pixels and must not exceed 33177600 pixels. File
                size must be less than 25MB.
            aspect_ratio (MultiEditImageRequestAspectRatio | Unset): The aspect ratio for the output image. Use 'auto' or
                omit this parameter to infer the closest supported aspect ratio from the first input image when explicit sizing
                is required by the model. Example: 16:9.
            model_id (str | Unset): The model ID to use for multi-edit. Default: 'firered-image-edit'.
            output_format (MultiEditImageRequestOutputFormat | Unset): Output format for the edited image. Accepts jpeg,
                jpg, png, or webp. When omitted, the format is inferred from resolution: PNG for 1K edits and JPEG for 2K/4K
                edits. Example: png.
            quality (MultiEditImageRequestQuality | Unset): Output quality for supported models (e.g. GPT Image 2 / GPT
                Image 2 Edit). Higher values can increase the final request charge. See the model list for supported options.
                Example: high.
            resolution (str | Unset): Resolution tier for the output image (e.g. "1K", "2K", "4K"). Supported values vary by
                model - check GET /api/v1/models for model-specific options. Defaults to "1K" when not specified. Example: 1K.
            safe_mode (bool | Unset): Whether to use safe mode. If enabled, this will blur images that are classified as
                having adult content. Default: True. Example: False.
            disable_prompt_optimization_thinking (bool | Unset): Skip the model's prompt-optimization thinking step for
                faster generation. Only supported by models with `supportsOptimizePromptThinking`; ignored by others. Omit to
                use the model default. Example: False.
            enhance_prompt (bool | Unset): Rewrite the edit prompt using the input images before editing to add clarifying
                detail. Additional credits are charged when a rewrite is generated. Adds up to ~30 seconds. When enhancement is
                applied, the final prompt is returned URL-encoded in the `x-venice-enhanced-prompt` response header. Defaults to
                false. Example: False.
    """

    prompt: str
    images: list[str]
    aspect_ratio: MultiEditImageRequestAspectRatio | Unset = UNSET
    model_id: str | Unset = "firered-image-edit"
    output_format: MultiEditImageRequestOutputFormat | Unset = UNSET
    quality: MultiEditImageRequestQuality | Unset = UNSET
    resolution: str | Unset = UNSET
    safe_mode: bool | Unset = True
    disable_prompt_optimization_thinking: bool | Unset = UNSET
    enhance_prompt: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        images = []
        for images_item_data in self.images:
            images_item: str
            images_item = images_item_data
            images.append(images_item)

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        model_id = self.model_id

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        resolution = self.resolution

        safe_mode = self.safe_mode

        disable_prompt_optimization_thinking = self.disable_prompt_optimization_thinking

        enhance_prompt = self.enhance_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "images": images,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if safe_mode is not UNSET:
            field_dict["safe_mode"] = safe_mode
        if disable_prompt_optimization_thinking is not UNSET:
            field_dict["disable_prompt_optimization_thinking"] = (
                disable_prompt_optimization_thinking
            )
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        images = []
        _images = d.pop("images")
        for images_item_data in _images:

            def _parse_images_item(data: object) -> str:
                return cast(str, data)

            images_item = _parse_images_item(images_item_data)

            images.append(images_item)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: MultiEditImageRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_multi_edit_image_request_aspect_ratio(_aspect_ratio)

        model_id = d.pop("modelId", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: MultiEditImageRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_multi_edit_image_request_output_format(_output_format)

        _quality = d.pop("quality", UNSET)
        quality: MultiEditImageRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_multi_edit_image_request_quality(_quality)

        resolution = d.pop("resolution", UNSET)

        safe_mode = d.pop("safe_mode", UNSET)

        disable_prompt_optimization_thinking = d.pop(
            "disable_prompt_optimization_thinking", UNSET
        )

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        multi_edit_image_request = cls(
            prompt=prompt,
            images=images,
            aspect_ratio=aspect_ratio,
            model_id=model_id,
            output_format=output_format,
            quality=quality,
            resolution=resolution,
            safe_mode=safe_mode,
            disable_prompt_optimization_thinking=disable_prompt_optimization_thinking,
            enhance_prompt=enhance_prompt,
        )

        return multi_edit_image_request
