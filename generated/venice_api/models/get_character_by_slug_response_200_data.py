from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_character_by_slug_response_200_data_stats import (
        GetCharacterBySlugResponse200DataStats,
    )


T = TypeVar("T", bound="GetCharacterBySlugResponse200Data")


@_attrs_define
class GetCharacterBySlugResponse200Data:
    """
    Attributes:
        adult (bool): Whether the character is considered adult content Example: False.
        author (str): Short anonymized identifier derived from the character author Example: k3x9q.
        created_at (str): Date when the character was created Example: 2024-12-20T21:28:08.934Z.
        description (None | str): Description of the character Example: Alan Watts (6 January 1915 – 16 November 1973)
            was a British and American writer, speaker, and self-styled "philosophical entertainer", known for interpreting
            and popularizing Buddhist, Taoist, and Hindu philosophy for a Western audience..
        featured (bool): Whether the character is featured in public discovery surfaces Example: False.
        id (str): Unique ID of the character Example: 2f460055-7595-4640-9cb6-c442c4c869b0.
        name (str): Name of the character Example: Alan Watts.
        share_url (None | str): Share URL of the character Example: https://venice.ai/c/alan-watts.
        photo_url (None | str): URL of the character photo Example:
            https://outerface.venice.ai/api/characters/2f460055-7595-4640-9cb6-c442c4c869b0/photo.
        slug (str): Slug of the character to be used in the completions API Example: alan-watts.
        stats (GetCharacterBySlugResponse200DataStats):
        tags (list[str]): Tags associated with the character Example: ['AlanWatts', 'Philosophy', 'Buddhism', 'Taoist',
            'Hindu'].
        updated_at (str): Date when the character was last updated Example: 2025-02-09T03:23:53.708Z.
        web_enabled (bool): Whether the character is enabled for web use Example: True.
        model_id (str): API model ID for the character Example: venice-uncensored-1-2.
    """

    adult: bool
    author: str
    created_at: str
    description: None | str
    featured: bool
    id: str
    name: str
    share_url: None | str
    photo_url: None | str
    slug: str
    stats: GetCharacterBySlugResponse200DataStats
    tags: list[str]
    updated_at: str
    web_enabled: bool
    model_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adult = self.adult

        author = self.author

        created_at = self.created_at

        description: None | str
        description = self.description

        featured = self.featured

        id = self.id

        name = self.name

        share_url: None | str
        share_url = self.share_url

        photo_url: None | str
        photo_url = self.photo_url

        slug = self.slug

        stats = self.stats.to_dict()

        tags = self.tags

        updated_at = self.updated_at

        web_enabled = self.web_enabled

        model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adult": adult,
                "author": author,
                "createdAt": created_at,
                "description": description,
                "featured": featured,
                "id": id,
                "name": name,
                "shareUrl": share_url,
                "photoUrl": photo_url,
                "slug": slug,
                "stats": stats,
                "tags": tags,
                "updatedAt": updated_at,
                "webEnabled": web_enabled,
                "modelId": model_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_character_by_slug_response_200_data_stats import (
            GetCharacterBySlugResponse200DataStats,
        )

        d = dict(src_dict)
        adult = d.pop("adult")

        author = d.pop("author")

        created_at = d.pop("createdAt")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        featured = d.pop("featured")

        id = d.pop("id")

        name = d.pop("name")

        def _parse_share_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        share_url = _parse_share_url(d.pop("shareUrl"))

        def _parse_photo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        photo_url = _parse_photo_url(d.pop("photoUrl"))

        slug = d.pop("slug")

        stats = GetCharacterBySlugResponse200DataStats.from_dict(d.pop("stats"))

        tags = cast(list[str], d.pop("tags"))

        updated_at = d.pop("updatedAt")

        web_enabled = d.pop("webEnabled")

        model_id = d.pop("modelId")

        get_character_by_slug_response_200_data = cls(
            adult=adult,
            author=author,
            created_at=created_at,
            description=description,
            featured=featured,
            id=id,
            name=name,
            share_url=share_url,
            photo_url=photo_url,
            slug=slug,
            stats=stats,
            tags=tags,
            updated_at=updated_at,
            web_enabled=web_enabled,
            model_id=model_id,
        )

        get_character_by_slug_response_200_data.additional_properties = d
        return get_character_by_slug_response_200_data

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
