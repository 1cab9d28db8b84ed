from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_request_response_format_text_type import (
    ChatCompletionRequestResponseFormatTextType,
    check_chat_completion_request_response_format_text_type,
)

T = TypeVar("T", bound="ChatCompletionRequestResponseFormatText")


@_attrs_define
class ChatCompletionRequestResponseFormatText:
    """The response should be returned as plain text. This is the default behavior.

    Attributes:
        type_ (ChatCompletionRequestResponseFormatTextType):
    """

    type_: ChatCompletionRequestResponseFormatTextType

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
        type_ = check_chat_completion_request_response_format_text_type(d.pop("type"))

        chat_completion_request_response_format_text = cls(
            type_=type_,
        )

        return chat_completion_request_response_format_text
