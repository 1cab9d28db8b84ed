from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCharacterReviewsResponse200Summary")


@_attrs_define
class GetCharacterReviewsResponse200Summary:
    """
    Attributes:
        average_rating (float): Average rating for the character Example: 4.7.
        total_reviews (int): Total number of reviews included in the character stats summary Example: 87.
    """

    average_rating: float
    total_reviews: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_rating = self.average_rating

        total_reviews = self.total_reviews

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "averageRating": average_rating,
                "totalReviews": total_reviews,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        average_rating = d.pop("averageRating")

        total_reviews = d.pop("totalReviews")

        get_character_reviews_response_200_summary = cls(
            average_rating=average_rating,
            total_reviews=total_reviews,
        )

        get_character_reviews_response_200_summary.additional_properties = d
        return get_character_reviews_response_200_summary

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
