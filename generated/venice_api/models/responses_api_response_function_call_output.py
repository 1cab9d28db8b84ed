from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_response_function_call_output_status import (
    ResponsesAPIResponseFunctionCallOutputStatus,
    check_responses_api_response_function_call_output_status,
)
from ..models.responses_api_response_function_call_output_type import (
    ResponsesAPIResponseFunctionCallOutputType,
    check_responses_api_response_function_call_output_type,
)

T = TypeVar("T", bound="ResponsesAPIResponseFunctionCallOutput")


@_attrs_define
class ResponsesAPIResponseFunctionCallOutput:
    """
    Attributes:
        type_ (ResponsesAPIResponseFunctionCallOutputType):
        id (str):
        call_id (str):
        name (str):
        arguments (str):
        status (ResponsesAPIResponseFunctionCallOutputStatus):
    """

    type_: ResponsesAPIResponseFunctionCallOutputType
    id: str
    call_id: str
    name: str
    arguments: str
    status: ResponsesAPIResponseFunctionCallOutputStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "call_id": call_id,
                "name": name,
                "arguments": arguments,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_responses_api_response_function_call_output_type(d.pop("type"))

        id = d.pop("id")

        call_id = d.pop("call_id")

        name = d.pop("name")

        arguments = d.pop("arguments")

        status = check_responses_api_response_function_call_output_status(
            d.pop("status")
        )

        responses_api_response_function_call_output = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            name=name,
            arguments=arguments,
            status=status,
        )

        responses_api_response_function_call_output.additional_properties = d
        return responses_api_response_function_call_output

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
