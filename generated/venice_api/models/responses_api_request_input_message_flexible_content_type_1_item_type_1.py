from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_1_type import (
    ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1Type,
    check_responses_api_request_input_message_flexible_content_type_1_item_type_1_type,
)

T = TypeVar("T", bound="ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1")


@_attrs_define
class ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1:
    """
    Attributes:
        type_ (ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1Type):
        text (str):
    """

    type_: ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1Type
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_responses_api_request_input_message_flexible_content_type_1_item_type_1_type(
            d.pop("type")
        )

        text = d.pop("text")

        responses_api_request_input_message_flexible_content_type_1_item_type_1 = cls(
            type_=type_,
            text=text,
        )

        responses_api_request_input_message_flexible_content_type_1_item_type_1.additional_properties = d
        return responses_api_request_input_message_flexible_content_type_1_item_type_1

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
