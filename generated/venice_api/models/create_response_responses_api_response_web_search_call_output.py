from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_responses_api_response_web_search_call_output_status import (
    CreateResponseResponsesAPIResponseWebSearchCallOutputStatus,
    check_create_response_responses_api_response_web_search_call_output_status,
)
from ..models.create_response_responses_api_response_web_search_call_output_type import (
    CreateResponseResponsesAPIResponseWebSearchCallOutputType,
    check_create_response_responses_api_response_web_search_call_output_type,
)

T = TypeVar("T", bound="CreateResponseResponsesAPIResponseWebSearchCallOutput")


@_attrs_define
class CreateResponseResponsesAPIResponseWebSearchCallOutput:
    """
    Attributes:
        type_ (CreateResponseResponsesAPIResponseWebSearchCallOutputType):
        id (str):
        status (CreateResponseResponsesAPIResponseWebSearchCallOutputStatus):
    """

    type_: CreateResponseResponsesAPIResponseWebSearchCallOutputType
    id: str
    status: CreateResponseResponsesAPIResponseWebSearchCallOutputStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = (
            check_create_response_responses_api_response_web_search_call_output_type(
                d.pop("type")
            )
        )

        id = d.pop("id")

        status = (
            check_create_response_responses_api_response_web_search_call_output_status(
                d.pop("status")
            )
        )

        create_response_responses_api_response_web_search_call_output = cls(
            type_=type_,
            id=id,
            status=status,
        )

        create_response_responses_api_response_web_search_call_output.additional_properties = d
        return create_response_responses_api_response_web_search_call_output

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
