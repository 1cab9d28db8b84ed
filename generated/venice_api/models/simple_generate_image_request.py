from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.simple_generate_image_request_background_type_1 import (
    SimpleGenerateImageRequestBackgroundType1,
    check_simple_generate_image_request_background_type_1,
)
from ..models.simple_generate_image_request_background_type_2_type_1 import (
    SimpleGenerateImageRequestBackgroundType2Type1,
    check_simple_generate_image_request_background_type_2_type_1,
)
from ..models.simple_generate_image_request_background_type_3_type_1 import (
    SimpleGenerateImageRequestBackgroundType3Type1,
    check_simple_generate_image_request_background_type_3_type_1,
)
from ..models.simple_generate_image_request_moderation_type_1 import (
    SimpleGenerateImageRequestModerationType1,
    check_simple_generate_image_request_moderation_type_1,
)
from ..models.simple_generate_image_request_moderation_type_2_type_1 import (
    SimpleGenerateImageRequestModerationType2Type1,
    check_simple_generate_image_request_moderation_type_2_type_1,
)
from ..models.simple_generate_image_request_moderation_type_3_type_1 import (
    SimpleGenerateImageRequestModerationType3Type1,
    check_simple_generate_image_request_moderation_type_3_type_1,
)
from ..models.simple_generate_image_request_output_format import (
    SimpleGenerateImageRequestOutputFormat,
    check_simple_generate_image_request_output_format,
)
from ..models.simple_generate_image_request_quality_type_1 import (
    SimpleGenerateImageRequestQualityType1,
    check_simple_generate_image_request_quality_type_1,
)
from ..models.simple_generate_image_request_quality_type_2_type_1 import (
    SimpleGenerateImageRequestQualityType2Type1,
    check_simple_generate_image_request_quality_type_2_type_1,
)
from ..models.simple_generate_image_request_quality_type_3_type_1 import (
    SimpleGenerateImageRequestQualityType3Type1,
    check_simple_generate_image_request_quality_type_3_type_1,
)
from ..models.simple_generate_image_request_response_format_type_1 import (
    SimpleGenerateImageRequestResponseFormatType1,
    check_simple_generate_image_request_response_format_type_1,
)
from ..models.simple_generate_image_request_response_format_type_2_type_1 import (
    SimpleGenerateImageRequestResponseFormatType2Type1,
    check_simple_generate_image_request_response_format_type_2_type_1,
)
from ..models.simple_generate_image_request_response_format_type_3_type_1 import (
    SimpleGenerateImageRequestResponseFormatType3Type1,
    check_simple_generate_image_request_response_format_type_3_type_1,
)
from ..models.simple_generate_image_request_size_type_1 import (
    SimpleGenerateImageRequestSizeType1,
    check_simple_generate_image_request_size_type_1,
)
from ..models.simple_generate_image_request_size_type_2_type_1 import (
    SimpleGenerateImageRequestSizeType2Type1,
    check_simple_generate_image_request_size_type_2_type_1,
)
from ..models.simple_generate_image_request_size_type_3_type_1 import (
    SimpleGenerateImageRequestSizeType3Type1,
    check_simple_generate_image_request_size_type_3_type_1,
)
from ..models.simple_generate_image_request_style_type_1 import (
    SimpleGenerateImageRequestStyleType1,
    check_simple_generate_image_request_style_type_1,
)
from ..models.simple_generate_image_request_style_type_2_type_1 import (
    SimpleGenerateImageRequestStyleType2Type1,
    check_simple_generate_image_request_style_type_2_type_1,
)
from ..models.simple_generate_image_request_style_type_3_type_1 import (
    SimpleGenerateImageRequestStyleType3Type1,
    check_simple_generate_image_request_style_type_3_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleGenerateImageRequest")


@_attrs_define
class SimpleGenerateImageRequest:
    """
    Attributes:
        prompt (str): A text description of the desired image. Example: A beautiful sunset over mountain ranges.
        background (None | SimpleGenerateImageRequestBackgroundType1 | SimpleGenerateImageRequestBackgroundType2Type1 |
            SimpleGenerateImageRequestBackgroundType3Type1 | Unset): This parameter is not used in Venice image generation
            but is supported for compatibility with OpenAI API Default: 'auto'. Example: auto.
        model (str | Unset): The model to use for image generation. Defaults to Venice's default image model. If a non-
            existent model is specified (ie an OpenAI model name), it will default to Venice's default image model. Default:
            'default'. Example: grok-imagine-image.
        moderation (None | SimpleGenerateImageRequestModerationType1 | SimpleGenerateImageRequestModerationType2Type1 |
            SimpleGenerateImageRequestModerationType3Type1 | Unset): auto enables safe venice mode which will blur out adult
            content. low disables safe venice mode. Default: 'auto'. Example: auto.
        n (int | None | Unset): Number of images to generate. Venice presently only supports 1 image per request.
            Default: 1. Example: 1.
        output_compression (int | None | Unset): This parameter is not used in Venice image generation but is supported
            for compatibility with OpenAI API Default: 100.
        output_format (SimpleGenerateImageRequestOutputFormat | Unset): Output format for generated images Default:
            'png'. Example: png.
        quality (None | SimpleGenerateImageRequestQualityType1 | SimpleGenerateImageRequestQualityType2Type1 |
            SimpleGenerateImageRequestQualityType3Type1 | Unset): This parameter is not used in Venice image generation but
            is supported for compatibility with OpenAI API Default: 'auto'. Example: auto.
        response_format (None | SimpleGenerateImageRequestResponseFormatType1 |
            SimpleGenerateImageRequestResponseFormatType2Type1 | SimpleGenerateImageRequestResponseFormatType3Type1 |
            Unset): Response format. URL will be a data URL. Default: 'b64_json'. Example: b64_json.
        size (None | SimpleGenerateImageRequestSizeType1 | SimpleGenerateImageRequestSizeType2Type1 |
            SimpleGenerateImageRequestSizeType3Type1 | Unset): Size of generated images. Default is 1024x1024 Default:
            'auto'. Example: 1024x1024.
        style (None | SimpleGenerateImageRequestStyleType1 | SimpleGenerateImageRequestStyleType2Type1 |
            SimpleGenerateImageRequestStyleType3Type1 | Unset): This parameter is not used in Venice image generation but is
            supported for compatibility with OpenAI API Default: 'natural'. Example: natural.
        user (str | Unset): This parameter is not used in Venice image generation but is supported for compatibility
            with OpenAI API Example: user123.
    """

    prompt: str
    background: (
        None
        | SimpleGenerateImageRequestBackgroundType1
        | SimpleGenerateImageRequestBackgroundType2Type1
        | SimpleGenerateImageRequestBackgroundType3Type1
        | Unset
    ) = "auto"
    model: str | Unset = "default"
    moderation: (
        None
        | SimpleGenerateImageRequestModerationType1
        | SimpleGenerateImageRequestModerationType2Type1
        | SimpleGenerateImageRequestModerationType3Type1
        | Unset
    ) = "auto"
    n: int | None | Unset = 1
    output_compression: int | None | Unset = 100
    output_format: SimpleGenerateImageRequestOutputFormat | Unset = "png"
    quality: (
        None
        | SimpleGenerateImageRequestQualityType1
        | SimpleGenerateImageRequestQualityType2Type1
        | SimpleGenerateImageRequestQualityType3Type1
        | Unset
    ) = "auto"
    response_format: (
        None
        | SimpleGenerateImageRequestResponseFormatType1
        | SimpleGenerateImageRequestResponseFormatType2Type1
        | SimpleGenerateImageRequestResponseFormatType3Type1
        | Unset
    ) = "b64_json"
    size: (
        None
        | SimpleGenerateImageRequestSizeType1
        | SimpleGenerateImageRequestSizeType2Type1
        | SimpleGenerateImageRequestSizeType3Type1
        | Unset
    ) = "auto"
    style: (
        None
        | SimpleGenerateImageRequestStyleType1
        | SimpleGenerateImageRequestStyleType2Type1
        | SimpleGenerateImageRequestStyleType3Type1
        | Unset
    ) = "natural"
    user: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif (
            isinstance(self.background, str)
            or isinstance(self.background, str)
            or isinstance(self.background, str)
        ):
            background = self.background
        else:
            background = self.background

        model = self.model

        moderation: None | str | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif (
            isinstance(self.moderation, str)
            or isinstance(self.moderation, str)
            or isinstance(self.moderation, str)
        ):
            moderation = self.moderation
        else:
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

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif (
            isinstance(self.quality, str)
            or isinstance(self.quality, str)
            or isinstance(self.quality, str)
        ):
            quality = self.quality
        else:
            quality = self.quality

        response_format: None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif (
            isinstance(self.response_format, str)
            or isinstance(self.response_format, str)
            or isinstance(self.response_format, str)
        ):
            response_format = self.response_format
        else:
            response_format = self.response_format

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif (
            isinstance(self.size, str)
            or isinstance(self.size, str)
            or isinstance(self.size, str)
        ):
            size = self.size
        else:
            size = self.size

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif (
            isinstance(self.style, str)
            or isinstance(self.style, str)
            or isinstance(self.style, str)
        ):
            style = self.style
        else:
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

        def _parse_background(
            data: object,
        ) -> (
            None
            | SimpleGenerateImageRequestBackgroundType1
            | SimpleGenerateImageRequestBackgroundType2Type1
            | SimpleGenerateImageRequestBackgroundType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_1 = (
                    check_simple_generate_image_request_background_type_1(data)
                )

                return background_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_2_type_1 = (
                    check_simple_generate_image_request_background_type_2_type_1(data)
                )

                return background_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_3_type_1 = (
                    check_simple_generate_image_request_background_type_3_type_1(data)
                )

                return background_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | SimpleGenerateImageRequestBackgroundType1
                | SimpleGenerateImageRequestBackgroundType2Type1
                | SimpleGenerateImageRequestBackgroundType3Type1
                | Unset,
                data,
            )

        background = _parse_background(d.pop("background", UNSET))

        model = d.pop("model", UNSET)

        def _parse_moderation(
            data: object,
        ) -> (
            None
            | SimpleGenerateImageRequestModerationType1
            | SimpleGenerateImageRequestModerationType2Type1
            | SimpleGenerateImageRequestModerationType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moderation_type_1 = (
                    check_simple_generate_image_request_moderation_type_1(data)
                )

                return moderation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moderation_type_2_type_1 = (
                    check_simple_generate_image_request_moderation_type_2_type_1(data)
                )

                return moderation_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moderation_type_3_type_1 = (
                    check_simple_generate_image_request_moderation_type_3_type_1(data)
                )

                return moderation_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | SimpleGenerateImageRequestModerationType1
                | SimpleGenerateImageRequestModerationType2Type1
                | SimpleGenerateImageRequestModerationType3Type1
                | Unset,
                data,
            )

        moderation = _parse_moderation(d.pop("moderation", UNSET))

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

        def _parse_quality(
            data: object,
        ) -> (
            None
            | SimpleGenerateImageRequestQualityType1
            | SimpleGenerateImageRequestQualityType2Type1
            | SimpleGenerateImageRequestQualityType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_1 = check_simple_generate_image_request_quality_type_1(
                    data
                )

                return quality_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_2_type_1 = (
                    check_simple_generate_image_request_quality_type_2_type_1(data)
                )

                return quality_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_3_type_1 = (
                    check_simple_generate_image_request_quality_type_3_type_1(data)
                )

                return quality_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | SimpleGenerateImageRequestQualityType1
                | SimpleGenerateImageRequestQualityType2Type1
                | SimpleGenerateImageRequestQualityType3Type1
                | Unset,
                data,
            )

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_response_format(
            data: object,
        ) -> (
            None
            | SimpleGenerateImageRequestResponseFormatType1
            | SimpleGenerateImageRequestResponseFormatType2Type1
            | SimpleGenerateImageRequestResponseFormatType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_format_type_1 = (
                    check_simple_generate_image_request_response_format_type_1(data)
                )

                return response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_format_type_2_type_1 = (
                    check_simple_generate_image_request_response_format_type_2_type_1(
                        data
                    )
                )

                return response_format_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_format_type_3_type_1 = (
                    check_simple_generate_image_request_response_format_type_3_type_1(
                        data
                    )
                )

                return response_format_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | SimpleGenerateImageRequestResponseFormatType1
                | SimpleGenerateImageRequestResponseFormatType2Type1
                | SimpleGenerateImageRequestResponseFormatType3Type1
                | Unset,
                data,
            )

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_size(
            data: object,
        ) -> (
            None
            | SimpleGenerateImageRequestSizeType1
            | SimpleGenerateImageRequestSizeType2Type1
            | SimpleGenerateImageRequestSizeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_1 = check_simple_generate_image_request_size_type_1(data)

                return size_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_2_type_1 = (
                    check_simple_generate_image_request_size_type_2_type_1(data)
                )

                return size_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_3_type_1 = (
                    check_simple_generate_image_request_size_type_3_type_1(data)
                )

                return size_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | SimpleGenerateImageRequestSizeType1
                | SimpleGenerateImageRequestSizeType2Type1
                | SimpleGenerateImageRequestSizeType3Type1
                | Unset,
                data,
            )

        size = _parse_size(d.pop("size", UNSET))

        def _parse_style(
            data: object,
        ) -> (
            None
            | SimpleGenerateImageRequestStyleType1
            | SimpleGenerateImageRequestStyleType2Type1
            | SimpleGenerateImageRequestStyleType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                style_type_1 = check_simple_generate_image_request_style_type_1(data)

                return style_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                style_type_2_type_1 = (
                    check_simple_generate_image_request_style_type_2_type_1(data)
                )

                return style_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                style_type_3_type_1 = (
                    check_simple_generate_image_request_style_type_3_type_1(data)
                )

                return style_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | SimpleGenerateImageRequestStyleType1
                | SimpleGenerateImageRequestStyleType2Type1
                | SimpleGenerateImageRequestStyleType3Type1
                | Unset,
                data,
            )

        style = _parse_style(d.pop("style", UNSET))

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
