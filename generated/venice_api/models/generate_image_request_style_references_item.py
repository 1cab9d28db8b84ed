from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateImageRequestStyleReferencesItem")


@_attrs_define
class GenerateImageRequestStyleReferencesItem:
    """
    Attributes:
        image (str): A style reference image as a base64-encoded string (raw or data URI) or a URL starting with http://
            or https://. Must be less than 8MB. Example: https://example.com/style-reference.png.
        strength (float | Unset): How strongly the reference guides the output (0.1–1). Defaults to 0.5. Ignored by
            models where supportsStyleReferenceStrength is false. Example: 0.5.
    """

    image: str
    strength: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image: str
        image = self.image

        strength = self.strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
            }
        )
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_image(data: object) -> str:
            return cast(str, data)

        image = _parse_image(d.pop("image"))

        strength = d.pop("strength", UNSET)

        generate_image_request_style_references_item = cls(
            image=image,
            strength=strength,
        )

        return generate_image_request_style_references_item
