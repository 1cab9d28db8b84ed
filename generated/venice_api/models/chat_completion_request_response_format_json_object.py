from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_request_response_format_json_object_type import (
    ChatCompletionRequestResponseFormatJsonObjectType,
    check_chat_completion_request_response_format_json_object_type,
)

T = TypeVar("T", bound="ChatCompletionRequestResponseFormatJsonObject")


@_attrs_define
class ChatCompletionRequestResponseFormatJsonObject:
    """The response should be formatted as a JSON object. This is a deprecated implementation and the preferred use is
    json_schema.

        Attributes:
            type_ (ChatCompletionRequestResponseFormatJsonObjectType):
    """

    type_: ChatCompletionRequestResponseFormatJsonObjectType

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_chat_completion_request_response_format_json_object_type(
            d.pop("type")
        )

        chat_completion_request_response_format_json_object = cls(
            type_=type_,
        )

        return chat_completion_request_response_format_json_object
