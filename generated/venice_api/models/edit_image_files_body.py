from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.edit_image_files_body_model_id import (
    EditImageFilesBodyModelId,
    check_edit_image_files_body_model_id,
)
from ..models.edit_image_request_aspect_ratio import (
    EditImageRequestAspectRatio,
    check_edit_image_request_aspect_ratio,
)
from ..models.edit_image_request_output_format import (
    EditImageRequestOutputFormat,
    check_edit_image_request_output_format,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="EditImageFilesBody")


@_attrs_define
class EditImageFilesBody:
    """
    Attributes:
        image (File | str): The image to edit. Can be either a file upload, a base64-encoded string, or a URL starting
            with http:// or https://. Image dimensions must be at least 65536 pixels and must not exceed 33177600 pixels.
            File size must be less than 25MB.
        prompt (str): The text directions to edit or modify the image. Short, descriptive prompts work best (e.g.,
            "remove the tree", "change the sky to sunrise"). Character limit is model specific and is listed in the
            promptCharacterLimit setting in the model list endpoint. Example: Change the color of the sky to a sunrise.
        aspect_ratio (EditImageRequestAspectRatio | Unset): The aspect ratio for the output image. Use 'auto' or omit
            this parameter to infer the closest supported aspect ratio from the input image when explicit sizing is required
            by the model. Supported values vary by model - check GET /api/v1/models for model-specific options. Example:
            16:9.
        disable_prompt_optimization_thinking (bool | Unset): Skip the model's prompt-optimization thinking step for
            faster generation. Only supported by models with `supportsOptimizePromptThinking`; ignored by others. Omit to
            use the model default. Example: False.
        enhance_prompt (bool | Unset): Rewrite the edit prompt using the input image before editing to add clarifying
            detail. Additional credits are charged when a rewrite is generated. Adds up to ~30 seconds. When enhancement is
            applied, the final prompt is returned URL-encoded in the `x-venice-enhanced-prompt` response header. Defaults to
            false. Example: False.
        resolution (str | Unset): Resolution tier for the output image (e.g. "1K", "2K", "4K"). Supported values vary by
            model - check GET /api/v1/models for model-specific options. Defaults to "1K" when not specified. Example: 1K.
        model (str | Unset): The model ID to use for image editing. Default: 'firered-image-edit'.
        model_id (EditImageFilesBodyModelId | Unset): Deprecated: Use "model" instead. The model ID to use for image
            editing.
        output_format (EditImageRequestOutputFormat | Unset): Output format for the edited image. Accepts jpeg, jpg,
            png, or webp. When omitted, the format is inferred from resolution: PNG for 1K edits and JPEG for 2K/4K edits.
            Example: png.
        safe_mode (bool | Unset): Whether to use safe mode. If enabled, this will blur images that are classified as
            having adult content. Default: True. Example: False.
    """

    image: File | str
    prompt: str
    aspect_ratio: EditImageRequestAspectRatio | Unset = UNSET
    disable_prompt_optimization_thinking: bool | Unset = UNSET
    enhance_prompt: bool | Unset = UNSET
    resolution: str | Unset = UNSET
    model: str | Unset = "firered-image-edit"
    model_id: EditImageFilesBodyModelId | Unset = UNSET
    output_format: EditImageRequestOutputFormat | Unset = UNSET
    safe_mode: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image: FileTypes | str
        if isinstance(self.image, File):
            image = self.image.to_tuple()

        else:
            image = self.image

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        disable_prompt_optimization_thinking = self.disable_prompt_optimization_thinking

        enhance_prompt = self.enhance_prompt

        resolution = self.resolution

        model = self.model

        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        safe_mode = self.safe_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if disable_prompt_optimization_thinking is not UNSET:
            field_dict["disable_prompt_optimization_thinking"] = (
                disable_prompt_optimization_thinking
            )
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if model is not UNSET:
            field_dict["model"] = model
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if safe_mode is not UNSET:
            field_dict["safe_mode"] = safe_mode

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.image, File):
            files.append(("image", self.image.to_tuple()))
        else:
            files.append(("image", (None, str(self.image).encode(), "text/plain")))

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.aspect_ratio, Unset):
            files.append(
                ("aspect_ratio", (None, str(self.aspect_ratio).encode(), "text/plain"))
            )

        if not isinstance(self.disable_prompt_optimization_thinking, Unset):
            files.append(
                (
                    "disable_prompt_optimization_thinking",
                    (
                        None,
                        str(self.disable_prompt_optimization_thinking).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.enhance_prompt, Unset):
            files.append(
                (
                    "enhance_prompt",
                    (None, str(self.enhance_prompt).encode(), "text/plain"),
                )
            )

        if not isinstance(self.resolution, Unset):
            files.append(
                ("resolution", (None, str(self.resolution).encode(), "text/plain"))
            )

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.model_id, Unset):
            files.append(("modelId", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.output_format, Unset):
            files.append(
                (
                    "output_format",
                    (None, str(self.output_format).encode(), "text/plain"),
                )
            )

        if not isinstance(self.safe_mode, Unset):
            files.append(
                ("safe_mode", (None, str(self.safe_mode).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_image(data: object) -> File | str:
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                image_type_0 = File(payload=BytesIO(data))

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(File | str, data)

        image = _parse_image(d.pop("image"))

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: EditImageRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_edit_image_request_aspect_ratio(_aspect_ratio)

        disable_prompt_optimization_thinking = d.pop(
            "disable_prompt_optimization_thinking", UNSET
        )

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        resolution = d.pop("resolution", UNSET)

        model = d.pop("model", UNSET)

        _model_id = d.pop("modelId", UNSET)
        model_id: EditImageFilesBodyModelId | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_edit_image_files_body_model_id(_model_id)

        _output_format = d.pop("output_format", UNSET)
        output_format: EditImageRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_edit_image_request_output_format(_output_format)

        safe_mode = d.pop("safe_mode", UNSET)

        edit_image_files_body = cls(
            image=image,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            disable_prompt_optimization_thinking=disable_prompt_optimization_thinking,
            enhance_prompt=enhance_prompt,
            resolution=resolution,
            model=model,
            model_id=model_id,
            output_format=output_format,
            safe_mode=safe_mode,
        )

        edit_image_files_body.additional_properties = d
        return edit_image_files_body

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
