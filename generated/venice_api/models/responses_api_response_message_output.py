from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_response_message_output_role import (
    ResponsesAPIResponseMessageOutputRole,
    check_responses_api_response_message_output_role,
)
from ..models.responses_api_response_message_output_status import (
    ResponsesAPIResponseMessageOutputStatus,
    check_responses_api_response_message_output_status,
)
from ..models.responses_api_response_message_output_type import (
    ResponsesAPIResponseMessageOutputType,
    check_responses_api_response_message_output_type,
)

if TYPE_CHECKING:
    from ..models.responses_api_response_message_output_output_text import (
        ResponsesAPIResponseMessageOutputOutputText,
    )


T = TypeVar("T", bound="ResponsesAPIResponseMessageOutput")


@_attrs_define
class ResponsesAPIResponseMessageOutput:
    """
    Attributes:
        type_ (ResponsesAPIResponseMessageOutputType):
        id (str):
        status (ResponsesAPIResponseMessageOutputStatus):
        role (ResponsesAPIResponseMessageOutputRole):
        content (list[ResponsesAPIResponseMessageOutputOutputText]):
    """

    type_: ResponsesAPIResponseMessageOutputType
    id: str
    status: ResponsesAPIResponseMessageOutputStatus
    role: ResponsesAPIResponseMessageOutputRole
    content: list[ResponsesAPIResponseMessageOutputOutputText]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        status: str = self.status

        role: str = self.role

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_response_message_output_output_text import (
            ResponsesAPIResponseMessageOutputOutputText,
        )

        d = dict(src_dict)
        type_ = check_responses_api_response_message_output_type(d.pop("type"))

        id = d.pop("id")

        status = check_responses_api_response_message_output_status(d.pop("status"))

        role = check_responses_api_response_message_output_role(d.pop("role"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = ResponsesAPIResponseMessageOutputOutputText.from_dict(
                content_item_data
            )

            content.append(content_item)

        responses_api_response_message_output = cls(
            type_=type_,
            id=id,
            status=status,
            role=role,
            content=content,
        )

        responses_api_response_message_output.additional_properties = d
        return responses_api_response_message_output

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
