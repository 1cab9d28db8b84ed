from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="BackgroundRemoveImageRequest")


@_attrs_define
class BackgroundRemoveImageRequest:
    """Remove the background from an image. Provide either an image file/base64 or an image URL.

    Example:
        {'image_url': 'https://example.com/image.jpg'}

    Attributes:
        image (File | str | Unset): The image to remove the background from. Can be either a file upload or a
            base64-encoded string. File size must be less than 25MB.
        image_url (str | Unset): URL of the image to remove the background from. Example: https://example.com/image.jpg.
    """

    image: File | str | Unset = UNSET
    image_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image: FileTypes | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, File):
            image = self.image.to_tuple()

        else:
            image = self.image

        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.image, Unset):
            if isinstance(self.image, File):
                files.append(("image", self.image.to_tuple()))
            else:
                files.append(("image", (None, str(self.image).encode(), "text/plain")))

        if not isinstance(self.image_url, Unset):
            files.append(
                ("image_url", (None, str(self.image_url).encode(), "text/plain"))
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_image(data: object) -> File | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                image_type_0 = File(payload=BytesIO(data))

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(File | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        image_url = d.pop("image_url", UNSET)

        background_remove_image_request = cls(
            image=image,
            image_url=image_url,
        )

        return background_remove_image_request
