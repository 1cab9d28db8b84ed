from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListCharactersResponse200DataItemStats")


@_attrs_define
class ListCharactersResponse200DataItemStats:
    """
    Attributes:
        average_rating (float): Average rating for the character Example: 4.7.
        imports (float): Number of imports for the character Example: 112.
        rating_count (float): Number of ratings for the character Example: 24.
        rating_sum (float): Sum of all rating values for the character Example: 113.
        user_rating (float | None): The authenticated user rating for the character when available
    """

    average_rating: float
    imports: float
    rating_count: float
    rating_sum: float
    user_rating: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_rating = self.average_rating

        imports = self.imports

        rating_count = self.rating_count

        rating_sum = self.rating_sum

        user_rating: float | None
        user_rating = self.user_rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "averageRating": average_rating,
                "imports": imports,
                "ratingCount": rating_count,
                "ratingSum": rating_sum,
                "userRating": user_rating,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        average_rating = d.pop("averageRating")

        imports = d.pop("imports")

        rating_count = d.pop("ratingCount")

        rating_sum = d.pop("ratingSum")

        def _parse_user_rating(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        user_rating = _parse_user_rating(d.pop("userRating"))

        list_characters_response_200_data_item_stats = cls(
            average_rating=average_rating,
            imports=imports,
            rating_count=rating_count,
            rating_sum=rating_sum,
            user_rating=user_rating,
        )

        list_characters_response_200_data_item_stats.additional_properties = d
        return list_characters_response_200_data_item_stats

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
