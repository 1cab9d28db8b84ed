from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_request_response_format_json_schema_type import (
    ChatCompletionRequestResponseFormatJsonSchemaType,
    check_chat_completion_request_response_format_json_schema_type,
)

if TYPE_CHECKING:
    from ..models.chat_completion_request_response_format_json_schema_json_schema import (
        ChatCompletionRequestResponseFormatJsonSchemaJsonSchema,
    )


T = TypeVar("T", bound="ChatCompletionRequestResponseFormatJsonSchema")


@_attrs_define
class ChatCompletionRequestResponseFormatJsonSchema:
    """The JSON Schema that should be used to validate and format the response.

    Example:
        {'json_schema': {'properties': {'age': {'type': 'number'}, 'name': {'type': 'string'}}, 'required': ['name',
            'age'], 'type': 'object'}, 'type': 'json_schema'}

    Attributes:
        json_schema (ChatCompletionRequestResponseFormatJsonSchemaJsonSchema):
        type_ (ChatCompletionRequestResponseFormatJsonSchemaType):
    """

    json_schema: ChatCompletionRequestResponseFormatJsonSchemaJsonSchema
    type_: ChatCompletionRequestResponseFormatJsonSchemaType

    def to_dict(self) -> dict[str, Any]:
        json_schema = self.json_schema.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "json_schema": json_schema,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_response_format_json_schema_json_schema import (
            ChatCompletionRequestResponseFormatJsonSchemaJsonSchema,
        )

        d = dict(src_dict)
        json_schema = ChatCompletionRequestResponseFormatJsonSchemaJsonSchema.from_dict(
            d.pop("json_schema")
        )

        type_ = check_chat_completion_request_response_format_json_schema_type(
            d.pop("type")
        )

        chat_completion_request_response_format_json_schema = cls(
            json_schema=json_schema,
            type_=type_,
        )

        return chat_completion_request_response_format_json_schema
