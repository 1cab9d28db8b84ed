from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem"
)


@_attrs_define
class CreateChatCompletionResponse200VeniceParametersWebSearchCitationsItem:
    """
    Attributes:
        title (str):
        url (str):
        content (str | Unset):
        date (str | Unset):
    """

    title: str
    url: str
    content: str | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        content = self.content

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "url": url,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        url = d.pop("url")

        content = d.pop("content", UNSET)

        date = d.pop("date", UNSET)

        create_chat_completion_response_200_venice_parameters_web_search_citations_item = cls(
            title=title,
            url=url,
            content=content,
            date=date,
        )

        create_chat_completion_response_200_venice_parameters_web_search_citations_item.additional_properties = d
        return create_chat_completion_response_200_venice_parameters_web_search_citations_item

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
