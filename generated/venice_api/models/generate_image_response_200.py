from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_image_response_200_timing import (
        GenerateImageResponse200Timing,
    )


T = TypeVar("T", bound="GenerateImageResponse200")


@_attrs_define
class GenerateImageResponse200:
    """
    Attributes:
        id (str): The ID of the request. Example: generate-image-1234567890.
        images (list[str]): Base64 encoded image data.
        timing (GenerateImageResponse200Timing):
        request (Any | Unset): The original request data sent to the API.
    """

    id: str
    images: list[str]
    timing: GenerateImageResponse200Timing
    request: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        images = self.images

        timing = self.timing.to_dict()

        request = self.request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "images": images,
                "timing": timing,
            }
        )
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generate_image_response_200_timing import (
            GenerateImageResponse200Timing,
        )

        d = dict(src_dict)
        id = d.pop("id")

        images = cast(list[str], d.pop("images"))

        timing = GenerateImageResponse200Timing.from_dict(d.pop("timing"))

        request = d.pop("request", UNSET)

        generate_image_response_200 = cls(
            id=id,
            images=images,
            timing=timing,
            request=request,
        )

        generate_image_response_200.additional_properties = d
        return generate_image_response_200

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
