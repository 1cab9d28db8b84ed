from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_responses_api_response_message_output_output_text_url_citation_annotation_type import (
    CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType,
    check_create_response_responses_api_response_message_output_output_text_url_citation_annotation_type,
)
from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation",
)


@_attrs_define
class CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation:
    """
    Attributes:
        type_ (CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType):
        url (str):
        start_index (int):
        end_index (int):
        title (str | Unset):
    """

    type_: CreateResponseResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotationType
    url: str
    start_index: int
    end_index: int
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        url = self.url

        start_index = self.start_index

        end_index = self.end_index

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
                "start_index": start_index,
                "end_index": end_index,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_create_response_responses_api_response_message_output_output_text_url_citation_annotation_type(
            d.pop("type")
        )

        url = d.pop("url")

        start_index = d.pop("start_index")

        end_index = d.pop("end_index")

        title = d.pop("title", UNSET)

        create_response_responses_api_response_message_output_output_text_url_citation_annotation = cls(
            type_=type_,
            url=url,
            start_index=start_index,
            end_index=end_index,
            title=title,
        )

        create_response_responses_api_response_message_output_output_text_url_citation_annotation.additional_properties = d
        return create_response_responses_api_response_message_output_output_text_url_citation_annotation

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
