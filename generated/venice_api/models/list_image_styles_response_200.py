from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_image_styles_response_200_object import (
    ListImageStylesResponse200Object,
    check_list_image_styles_response_200_object,
)

T = TypeVar("T", bound="ListImageStylesResponse200")


@_attrs_define
class ListImageStylesResponse200:
    """
    Attributes:
        data (list[str]): List of available image styles Example: ['3D Model', 'Analog Film', 'Anime', 'Cinematic',
            'Comic Book'].
        object_ (ListImageStylesResponse200Object):
    """

    data: list[str]
    object_: ListImageStylesResponse200Object
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        object_: str = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = cast(list[str], d.pop("data"))

        object_ = check_list_image_styles_response_200_object(d.pop("object"))

        list_image_styles_response_200 = cls(
            data=data,
            object_=object_,
        )

        list_image_styles_response_200.additional_properties = d
        return list_image_styles_response_200

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
