from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.simple_generate_image_request_background import (
    SimpleGenerateImageRequestBackground,
    check_simple_generate_image_request_background,
)
from ..models.simple_generate_image_request_moderation import (
    SimpleGenerateImageRequestModeration,
    check_simple_generate_image_request_moderation,
)
from ..models.simple_generate_image_request_output_format import (
    SimpleGenerateImageRequestOutputFormat,
    check_simple_generate_image_request_output_format,
)
from ..models.simple_generate_image_request_quality import (
    SimpleGenerateImageRequestQuality,
    check_simple_generate_image_request_quality,
)
from ..models.simple_generate_image_request_response_format import (
    SimpleGenerateImageRequestResponseFormat,
    check_simple_generate_image_request_response_format,
)
from ..models.simple_generate_image_request_size import (
    SimpleGenerateImageRequestSize,
    check_simple_generate_image_request_size,
)
from ..models.simple_generate_image_request_style import (
    SimpleGenerateImageRequestStyle,
    check_simple_generate_image_request_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleGenerateImageRequest")


@_attrs_define
class SimpleGenerateImageRequest:
    """
    Attributes:
        prompt (str): A text description of the desired image. Example: A beautiful sunset over mountain ranges.
        background (SimpleGenerateImageRequestBackground | Unset): This parameter is not used in Venice image generation
            but is supported for compatibility with OpenAI API Default: 'auto'. Example: auto.
        model (str | Unset): The model to use for image generation. Defaults to Venice's default image model. If a non-
            existent model is specified (ie an OpenAI model name), it will default to Venice's default image model. Default:
            'default'. Example: grok-imagine-image.
        moderation (SimpleGenerateImageRequestModeration | Unset): auto enables safe venice mode which will blur out
            adult content. low disables safe venice mode. Default: 'auto'. Example: auto.
        n (int | None | Unset): Number of images to generate. Venice presently only supports 1 image per request.
            Default: 1. Example: 1.
        output_compression (int | None | Unset): This parameter is not used in Venice image generation but is supported
            for compatibility with OpenAI API Default: 100.
        output_format (SimpleGenerateImageRequestOutputFormat | Unset): Output format for generated images Default:
            'png'. Example: png.
        quality (SimpleGenerateImageRequestQuality | Unset): This parameter is not used in Venice image generation but
            is supported for compatibility with OpenAI API Default: 'auto'. Example: auto.
        response_format (SimpleGenerateImageRequestResponseFormat | Unset): Response format. URL will be a data URL.
            Default: 'b64_json'. Example: b64_json.
        size (SimpleGenerateImageRequestSize | Unset): Size of generated images. Default is 1024x1024 Default: 'auto'.
            Example: 1024x1024.
        style (SimpleGenerateImageRequestStyle | Unset): This parameter is not used in Venice image generation but is
            supported for compatibility with OpenAI API Default: 'natural'. Example: natural.
        user (str | Unset): This parameter is not used in Venice image generation but is supported for compatibility
            with OpenAI API Example: user123.
    """

    prompt: str
    background: SimpleGenerateImageRequestBackground | Unset = "auto"
    model: str | Unset = "default"
    moderation: SimpleGenerateImageRequestModeration | Unset = "auto"
    n: int | None | Unset = 1
    output_compression: int | None | Unset = 100
    output_format: SimpleGenerateImageRequestOutputFormat | Unset = "png"
    quality: SimpleGenerateImageRequestQuality | Unset = "auto"
    response_format: SimpleGenerateImageRequestResponseFormat | Unset = "b64_json"
    size: SimpleGenerateImageRequestSize | Unset = "auto"
    style: SimpleGenerateImageRequestStyle | Unset = "natural"
    user: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        model = self.model

        moderation: str | Unset = UNSET
        if not isinstance(self.moderation, Unset):
            moderation = self.moderation

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        output_compression: int | None | Unset
        if isinstance(self.output_compression, Unset):
            output_compression = UNSET
        else:
            output_compression = self.output_compression

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if model is not UNSET:
            field_dict["model"] = model
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if n is not UNSET:
            field_dict["n"] = n
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if size is not UNSET:
            field_dict["size"] = size
        if style is not UNSET:
            field_dict["style"] = style
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _background = d.pop("background", UNSET)
        background: SimpleGenerateImageRequestBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_simple_generate_image_request_background(_background)

        model = d.pop("model", UNSET)

        _moderation = d.pop("moderation", UNSET)
        moderation: SimpleGenerateImageRequestModeration | Unset
        if isinstance(_moderation, Unset):
            moderation = UNSET
        else:
            moderation = check_simple_generate_image_request_moderation(_moderation)

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        def _parse_output_compression(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_compression = _parse_output_compression(
            d.pop("output_compression", UNSET)
        )

        _output_format = d.pop("output_format", UNSET)
        output_format: SimpleGenerateImageRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_simple_generate_image_request_output_format(
                _output_format
            )

        _quality = d.pop("quality", UNSET)
        quality: SimpleGenerateImageRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_simple_generate_image_request_quality(_quality)

        _response_format = d.pop("response_format", UNSET)
        response_format: SimpleGenerateImageRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_simple_generate_image_request_response_format(
                _response_format
            )

        _size = d.pop("size", UNSET)
        size: SimpleGenerateImageRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_simple_generate_image_request_size(_size)

        _style = d.pop("style", UNSET)
        style: SimpleGenerateImageRequestStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_simple_generate_image_request_style(_style)

        user = d.pop("user", UNSET)

        simple_generate_image_request = cls(
            prompt=prompt,
            background=background,
            model=model,
            moderation=moderation,
            n=n,
            output_compression=output_compression,
            output_format=output_format,
            quality=quality,
            response_format=response_format,
            size=size,
            style=style,
            user=user,
        )

        return simple_generate_image_request
