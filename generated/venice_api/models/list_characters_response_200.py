from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_characters_response_200_object import (
    ListCharactersResponse200Object,
    check_list_characters_response_200_object,
)

if TYPE_CHECKING:
    from ..models.list_characters_response_200_data_item import (
        ListCharactersResponse200DataItem,
    )


T = TypeVar("T", bound="ListCharactersResponse200")


@_attrs_define
class ListCharactersResponse200:
    """
    Attributes:
        data (list[ListCharactersResponse200DataItem]):
        object_ (ListCharactersResponse200Object):
    """

    data: list[ListCharactersResponse200DataItem]
    object_: ListCharactersResponse200Object
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.list_characters_response_200_data_item import (
            ListCharactersResponse200DataItem,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ListCharactersResponse200DataItem.from_dict(data_item_data)

            data.append(data_item)

        object_ = check_list_characters_response_200_object(d.pop("object"))

        list_characters_response_200 = cls(
            data=data,
            object_=object_,
        )

        list_characters_response_200.additional_properties = d
        return list_characters_response_200

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
