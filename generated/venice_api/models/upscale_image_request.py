from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="UpscaleImageRequest")


@_attrs_define
class UpscaleImageRequest:
    """Upscale an image to a higher resolution.

    Example:
        {'creativity': 0.01, 'image': 'iVBORw0KGgoAAAANSUhEUgAAAgAAAAIACAIAAAB7GkOtAAAAIGNIUk0A...', 'scale': 2}

    Attributes:
        image (File | str): The image to upscale. Can be either a file upload or a base64-encoded string. Image
            dimensions must be at least 65536 pixels and final dimensions after scaling must not exceed 16777216 pixels.
            File size must be less than 25MB.
        creativity (float | None | Unset): How much detail and texture the upscaler adds. Higher values add more; lower
            values stay closer to the source. Clamped to the 0–0.02 range. Default: 0.01. Example: 0.01.
        scale (float | Unset): The scale factor for upscaling the image. Must be either 2 or 4. A scale of 4 with large
            images will result in the scale being dynamically reduced to ensure the final image stays within the maximum
            size limits. Default: 2.0. Example: 2.
    """

    image: File | str
    creativity: float | None | Unset = 0.01
    scale: float | Unset = 2.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image: FileTypes | str
        if isinstance(self.image, File):
            image = self.image.to_tuple()

        else:
            image = self.image

        creativity: float | None | Unset
        if isinstance(self.creativity, Unset):
            creativity = UNSET
        else:
            creativity = self.creativity

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.image, File):
            files.append(("image", self.image.to_tuple()))
        else:
            files.append(("image", (None, str(self.image).encode(), "text/plain")))

        if not isinstance(self.creativity, Unset):
            if isinstance(self.creativity, float):
                files.append(
                    ("creativity", (None, str(self.creativity).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("creativity", (None, str(self.creativity).encode(), "text/plain"))
                )

        if not isinstance(self.scale, Unset):
            files.append(("scale", (None, str(self.scale).encode(), "text/plain")))

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

        def _parse_creativity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        creativity = _parse_creativity(d.pop("creativity", UNSET))

        scale = d.pop("scale", UNSET)

        upscale_image_request = cls(
            image=image,
            creativity=creativity,
            scale=scale,
        )

        upscale_image_request.additional_properties = d
        return upscale_image_request

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
