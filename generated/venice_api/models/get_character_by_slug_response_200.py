from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_character_by_slug_response_200_object import (
    GetCharacterBySlugResponse200Object,
    check_get_character_by_slug_response_200_object,
)

if TYPE_CHECKING:
    from ..models.get_character_by_slug_response_200_data import (
        GetCharacterBySlugResponse200Data,
    )


T = TypeVar("T", bound="GetCharacterBySlugResponse200")


@_attrs_define
class GetCharacterBySlugResponse200:
    """
    Attributes:
        data (GetCharacterBySlugResponse200Data):
        object_ (GetCharacterBySlugResponse200Object):
    """

    data: GetCharacterBySlugResponse200Data
    object_: GetCharacterBySlugResponse200Object
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

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
        from ..models.get_character_by_slug_response_200_data import (
            GetCharacterBySlugResponse200Data,
        )

        d = dict(src_dict)
        data = GetCharacterBySlugResponse200Data.from_dict(d.pop("data"))

        object_ = check_get_character_by_slug_response_200_object(d.pop("object"))

        get_character_by_slug_response_200 = cls(
            data=data,
            object_=object_,
        )

        get_character_by_slug_response_200.additional_properties = d
        return get_character_by_slug_response_200

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
