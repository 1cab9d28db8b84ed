from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.get_api_keys_response_200_object import (
    GetApiKeysResponse200Object,
    check_get_api_keys_response_200_object,
)

if TYPE_CHECKING:
    from ..models.get_api_keys_response_200_data_item import (
        GetApiKeysResponse200DataItem,
    )


T = TypeVar("T", bound="GetApiKeysResponse200")


@_attrs_define
class GetApiKeysResponse200:
    """
    Attributes:
        data (list[GetApiKeysResponse200DataItem]): List of active API keys
        object_ (GetApiKeysResponse200Object):
    """

    data: list[GetApiKeysResponse200DataItem]
    object_: GetApiKeysResponse200Object

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        object_: str = self.object_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_api_keys_response_200_data_item import (
            GetApiKeysResponse200DataItem,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GetApiKeysResponse200DataItem.from_dict(data_item_data)

            data.append(data_item)

        object_ = check_get_api_keys_response_200_object(d.pop("object"))

        get_api_keys_response_200 = cls(
            data=data,
            object_=object_,
        )

        return get_api_keys_response_200
