from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_function_call_status import (
    ResponsesAPIRequestFunctionCallStatus,
    check_responses_api_request_function_call_status,
)
from ..models.responses_api_request_function_call_type import (
    ResponsesAPIRequestFunctionCallType,
    check_responses_api_request_function_call_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesAPIRequestFunctionCall")


@_attrs_define
class ResponsesAPIRequestFunctionCall:
    """
    Attributes:
        type_ (ResponsesAPIRequestFunctionCallType):
        call_id (str):
        name (str):
        arguments (str):
        id (str | Unset):
        status (ResponsesAPIRequestFunctionCallStatus | Unset):
    """

    type_: ResponsesAPIRequestFunctionCallType
    call_id: str
    name: str
    arguments: str
    id: str | Unset = UNSET
    status: ResponsesAPIRequestFunctionCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "name": name,
                "arguments": arguments,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_responses_api_request_function_call_type(d.pop("type"))

        call_id = d.pop("call_id")

        name = d.pop("name")

        arguments = d.pop("arguments")

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ResponsesAPIRequestFunctionCallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_responses_api_request_function_call_status(_status)

        responses_api_request_function_call = cls(
            type_=type_,
            call_id=call_id,
            name=name,
            arguments=arguments,
            id=id,
            status=status,
        )

        responses_api_request_function_call.additional_properties = d
        return responses_api_request_function_call

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
