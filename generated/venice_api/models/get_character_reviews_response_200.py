from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_character_reviews_response_200_object import (
    GetCharacterReviewsResponse200Object,
    check_get_character_reviews_response_200_object,
)

if TYPE_CHECKING:
    from ..models.get_character_reviews_response_200_data_item import (
        GetCharacterReviewsResponse200DataItem,
    )
    from ..models.get_character_reviews_response_200_pagination import (
        GetCharacterReviewsResponse200Pagination,
    )
    from ..models.get_character_reviews_response_200_summary import (
        GetCharacterReviewsResponse200Summary,
    )


T = TypeVar("T", bound="GetCharacterReviewsResponse200")


@_attrs_define
class GetCharacterReviewsResponse200:
    """
    Attributes:
        data (list[GetCharacterReviewsResponse200DataItem]):
        object_ (GetCharacterReviewsResponse200Object):
        pagination (GetCharacterReviewsResponse200Pagination):
        summary (GetCharacterReviewsResponse200Summary):
    """

    data: list[GetCharacterReviewsResponse200DataItem]
    object_: GetCharacterReviewsResponse200Object
    pagination: GetCharacterReviewsResponse200Pagination
    summary: GetCharacterReviewsResponse200Summary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        object_: str = self.object_

        pagination = self.pagination.to_dict()

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "object": object_,
                "pagination": pagination,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_character_reviews_response_200_data_item import (
            GetCharacterReviewsResponse200DataItem,
        )
        from ..models.get_character_reviews_response_200_pagination import (
            GetCharacterReviewsResponse200Pagination,
        )
        from ..models.get_character_reviews_response_200_summary import (
            GetCharacterReviewsResponse200Summary,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GetCharacterReviewsResponse200DataItem.from_dict(data_item_data)

            data.append(data_item)

        object_ = check_get_character_reviews_response_200_object(d.pop("object"))

        pagination = GetCharacterReviewsResponse200Pagination.from_dict(
            d.pop("pagination")
        )

        summary = GetCharacterReviewsResponse200Summary.from_dict(d.pop("summary"))

        get_character_reviews_response_200 = cls(
            data=data,
            object_=object_,
            pagination=pagination,
            summary=summary,
        )

        get_character_reviews_response_200.additional_properties = d
        return get_character_reviews_response_200

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
