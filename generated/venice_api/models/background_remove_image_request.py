from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundRemoveImageRequest")


@_attrs_define
class BackgroundRemoveImageRequest:
    """Remove the background from an image. Provide either an image file/base64 or an image URL.

    Example:
        {'image_url': 'https://example.com/image.jpg'}

    Attributes:
        image (Any | str | Unset): The image to remove the background from. Can be either a file upload or a
            base64-encoded string. File size must be less than 25MB.
        image_url (str | Unset): URL of the image to remove the background from. Example: https://example.com/image.jpg.
    """

    image: Any | str | Unset = UNSET
    image_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image: Any | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
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
            if isinstance(self.image, Any):
                files.append(("image", (None, str(self.image).encode(), "text/plain")))
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

        def _parse_image(data: object) -> Any | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(Any | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        image_url = d.pop("image_url", UNSET)

        background_remove_image_request = cls(
            image=image,
            image_url=image_url,
        )

        return background_remove_image_request
