from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.generate_image_request_format import (
    GenerateImageRequestFormat,
    check_generate_image_request_format,
)
from ..models.generate_image_request_quality import (
    GenerateImageRequestQuality,
    check_generate_image_request_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_image_request_style_references_item import (
        GenerateImageRequestStyleReferencesItem,
    )


T = TypeVar("T", bound="GenerateImageRequest")


@_attrs_define
class GenerateImageRequest:
    """
    Attributes:
        model (str): The model to use for image generation. Example: grok-imagine-image.
        prompt (str): The description for the image. Character limit is model specific and is listed in the
            promptCharacterLimit setting in the model list endpoint. Example: A beautiful sunset over a mountain range.
        cfg_scale (float | Unset): CFG scale parameter. Higher values lead to more adherence to the prompt. Example:
            7.5.
        embed_exif_metadata (bool | Unset): Embed prompt generation information into the image's EXIF metadata. Default:
            False. Example: False.
        format_ (GenerateImageRequestFormat | Unset): The image format to return. WebP are smaller and optimized for web
            use. PNG are higher quality but larger in file size.  Default: 'webp'. Example: webp.
        height (int | Unset): Height of the generated image. Default: 1024. Example: 1024.
        hide_watermark (bool | Unset): Whether to hide the Venice watermark. Venice may ignore this parameter for
            certain generated content. Default: False. Example: False.
        inpaint (Any | Unset): This feature is deprecated and was disabled on May 19th, 2025. A revised in-painting API
            will be launched in the near future.
        lora_strength (int | Unset): Lora strength for the model. Only applies if the model uses additional Loras.
            Example: 50.
        negative_prompt (str | Unset): A description of what should not be in the image. Character limit is model
            specific and is listed in the promptCharacterLimit constraint in the model list endpoint. Example: Clouds, Rain,
            Snow.
        return_binary (bool | Unset): Whether to return binary image data instead of base64. Default: False. Example:
            False.
        variants (int | Unset): Number of images to generate (1–4). Only supported when return_binary is false. Example:
            3.
        safe_mode (bool | Unset): Whether to use safe mode. If enabled, this will blur images that are classified as
            having adult content. Default: True. Example: False.
        seed (int | Unset): Random seed for generation. If not provided, a random seed will be used. Default: 0.
            Example: 123456789.
        steps (int | Unset): Number of inference steps. This model does not support steps - this field is ignored.
            Default: 8. Example: 8.
        style_preset (str | Unset): An image style to apply to the image. Visit https://docs.venice.ai/api-
            reference/endpoint/image/styles for more details. Example: 3D Model.
        aspect_ratio (str | Unset): Aspect ratio (utilized by certain image models including Nano Banana). Examples:
            "1:1", "16:9". Example: 1:1.
        resolution (str | Unset): Resolution (utilized by certain image models including Nano Banana). Examples: "1K",
            "2K", "4K". Example: 1K.
        quality (GenerateImageRequestQuality | Unset): Output quality for supported models (e.g. GPT Image 2 / GPT Image
            2 Edit). Higher values can increase the final request charge. See the model list for supported options. Example:
            high.
        enable_web_search (bool | Unset): Enable web search for the image generation task. This will allow the model to
            use the latest information from the web to generate the image. Only supported by certain models. If web search
            is used, additional credits are getting charged. Example: False.
        disable_prompt_optimization_thinking (bool | Unset): Skip the model's prompt-optimization thinking step for
            faster generation. Only supported by models with `supportsOptimizePromptThinking`; ignored by others. Omit to
            use the model default. Example: False.
        enhance_prompt (bool | Unset): Rewrite the prompt before generation to add clarifying visual detail. Additional
            credits are charged when a rewrite is generated. Adds up to ~30 seconds before generation starts. When
            enhancement is applied, the final prompt is returned URL-encoded in the `x-venice-enhanced-prompt` response
            header. Defaults to false. Example: False.
        width (int | Unset): Width of the generated image. Default: 1024. Example: 1024.
        style_references (list[GenerateImageRequestStyleReferencesItem] | Unset): Style reference images that guide the
            aesthetic of the generated image. Only supported by models with `supportsStyleReferences: true` (see GET
            /api/v1/models for the per-model `maxStyleReferences` limit). Example: [{'image': 'https://example.com/style-
            reference.png', 'strength': 0.5}].
    """

    model: str
    prompt: str
    cfg_scale: float | Unset = UNSET
    embed_exif_metadata: bool | Unset = False
    format_: GenerateImageRequestFormat | Unset = "webp"
    height: int | Unset = 1024
    hide_watermark: bool | Unset = False
    inpaint: Any | Unset = UNSET
    lora_strength: int | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    return_binary: bool | Unset = False
    variants: int | Unset = UNSET
    safe_mode: bool | Unset = True
    seed: int | Unset = 0
    steps: int | Unset = 8
    style_preset: str | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    resolution: str | Unset = UNSET
    quality: GenerateImageRequestQuality | Unset = UNSET
    enable_web_search: bool | Unset = UNSET
    disable_prompt_optimization_thinking: bool | Unset = UNSET
    enhance_prompt: bool | Unset = UNSET
    width: int | Unset = 1024
    style_references: list[GenerateImageRequestStyleReferencesItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        cfg_scale = self.cfg_scale

        embed_exif_metadata = self.embed_exif_metadata

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        height = self.height

        hide_watermark = self.hide_watermark

        inpaint = self.inpaint

        lora_strength = self.lora_strength

        negative_prompt = self.negative_prompt

        return_binary = self.return_binary

        variants = self.variants

        safe_mode = self.safe_mode

        seed = self.seed

        steps = self.steps

        style_preset = self.style_preset

        aspect_ratio = self.aspect_ratio

        resolution = self.resolution

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        enable_web_search = self.enable_web_search

        disable_prompt_optimization_thinking = self.disable_prompt_optimization_thinking

        enhance_prompt = self.enhance_prompt

        width = self.width

        style_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.style_references, Unset):
            style_references = []
            for style_references_item_data in self.style_references:
                style_references_item = style_references_item_data.to_dict()
                style_references.append(style_references_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if embed_exif_metadata is not UNSET:
            field_dict["embed_exif_metadata"] = embed_exif_metadata
        if format_ is not UNSET:
            field_dict["format"] = format_
        if height is not UNSET:
            field_dict["height"] = height
        if hide_watermark is not UNSET:
            field_dict["hide_watermark"] = hide_watermark
        if inpaint is not UNSET:
            field_dict["inpaint"] = inpaint
        if lora_strength is not UNSET:
            field_dict["lora_strength"] = lora_strength
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if return_binary is not UNSET:
            field_dict["return_binary"] = return_binary
        if variants is not UNSET:
            field_dict["variants"] = variants
        if safe_mode is not UNSET:
            field_dict["safe_mode"] = safe_mode
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if style_preset is not UNSET:
            field_dict["style_preset"] = style_preset
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if quality is not UNSET:
            field_dict["quality"] = quality
        if enable_web_search is not UNSET:
            field_dict["enable_web_search"] = enable_web_search
        if disable_prompt_optimization_thinking is not UNSET:
            field_dict["disable_prompt_optimization_thinking"] = (
                disable_prompt_optimization_thinking
            )
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if width is not UNSET:
            field_dict["width"] = width
        if style_references is not UNSET:
            field_dict["style_references"] = style_references

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generate_image_request_style_references_item import (
            GenerateImageRequestStyleReferencesItem,
        )

        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        cfg_scale = d.pop("cfg_scale", UNSET)

        embed_exif_metadata = d.pop("embed_exif_metadata", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: GenerateImageRequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_generate_image_request_format(_format_)

        height = d.pop("height", UNSET)

        hide_watermark = d.pop("hide_watermark", UNSET)

        inpaint = d.pop("inpaint", UNSET)

        lora_strength = d.pop("lora_strength", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        return_binary = d.pop("return_binary", UNSET)

        variants = d.pop("variants", UNSET)

        safe_mode = d.pop("safe_mode", UNSET)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        style_preset = d.pop("style_preset", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        resolution = d.pop("resolution", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: GenerateImageRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_generate_image_request_quality(_quality)

        enable_web_search = d.pop("enable_web_search", UNSET)

        disable_prompt_optimization_thinking = d.pop(
            "disable_prompt_optimization_thinking", UNSET
        )

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        width = d.pop("width", UNSET)

        _style_references = d.pop("style_references", UNSET)
        style_references: list[GenerateImageRequestStyleReferencesItem] | Unset = UNSET
        if _style_references is not UNSET:
            style_references = []
            for style_references_item_data in _style_references:
                style_references_item = (
                    GenerateImageRequestStyleReferencesItem.from_dict(
                        style_references_item_data
                    )
                )

                style_references.append(style_references_item)

        generate_image_request = cls(
            model=model,
            prompt=prompt,
            cfg_scale=cfg_scale,
            embed_exif_metadata=embed_exif_metadata,
            format_=format_,
            height=height,
            hide_watermark=hide_watermark,
            inpaint=inpaint,
            lora_strength=lora_strength,
            negative_prompt=negative_prompt,
            return_binary=return_binary,
            variants=variants,
            safe_mode=safe_mode,
            seed=seed,
            steps=steps,
            style_preset=style_preset,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            quality=quality,
            enable_web_search=enable_web_search,
            disable_prompt_optimization_thinking=disable_prompt_optimization_thinking,
            enhance_prompt=enhance_prompt,
            width=width,
            style_references=style_references,
        )

        return generate_image_request
