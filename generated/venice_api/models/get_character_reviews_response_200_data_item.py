from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCharacterReviewsResponse200DataItem")


@_attrs_define
class GetCharacterReviewsResponse200DataItem:
    """
    Attributes:
        character_id (str): Unique ID of the reviewed character Example: 2f460055-7595-4640-9cb6-c442c4c869b0.
        created_at (str): Date when the review was created Example: 2025-02-09T03:23:53.708Z.
        id (str): Unique ID of the review Example: 1e38fb78-043f-4ce2-b3bc-966089c25467.
        is_owner (bool): Whether the authenticated user authored this review Example: False.
        locale (None | str): Locale reported by the reviewer when available Example: en.
        message (None | str): Optional written review message Example: Thoughtful, grounded, and surprisingly
            practical..
        rating (int): Star rating for the character Example: 5.
        user_avatar_url (None | str): Avatar URL for the reviewer when available Example:
            https://cdn.venice.ai/avatar.png.
        username (str): Display name chosen by the reviewer Example: product_user_42.
    """

    character_id: str
    created_at: str
    id: str
    is_owner: bool
    locale: None | str
    message: None | str
    rating: int
    user_avatar_url: None | str
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        character_id = self.character_id

        created_at = self.created_at

        id = self.id

        is_owner = self.is_owner

        locale: None | str
        locale = self.locale

        message: None | str
        message = self.message

        rating = self.rating

        user_avatar_url: None | str
        user_avatar_url = self.user_avatar_url

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characterId": character_id,
                "createdAt": created_at,
                "id": id,
                "isOwner": is_owner,
                "locale": locale,
                "message": message,
                "rating": rating,
                "userAvatarUrl": user_avatar_url,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        character_id = d.pop("characterId")

        created_at = d.pop("createdAt")

        id = d.pop("id")

        is_owner = d.pop("isOwner")

        def _parse_locale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locale = _parse_locale(d.pop("locale"))

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        rating = d.pop("rating")

        def _parse_user_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_avatar_url = _parse_user_avatar_url(d.pop("userAvatarUrl"))

        username = d.pop("username")

        get_character_reviews_response_200_data_item = cls(
            character_id=character_id,
            created_at=created_at,
            id=id,
            is_owner=is_owner,
            locale=locale,
            message=message,
            rating=rating,
            user_avatar_url=user_avatar_url,
            username=username,
        )

        get_character_reviews_response_200_data_item.additional_properties = d
        return get_character_reviews_response_200_data_item

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
