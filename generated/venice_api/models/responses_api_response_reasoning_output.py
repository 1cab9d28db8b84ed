from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_response_reasoning_output_type import (
    ResponsesAPIResponseReasoningOutputType,
    check_responses_api_response_reasoning_output_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesAPIResponseReasoningOutput")


@_attrs_define
class ResponsesAPIResponseReasoningOutput:
    """
    Attributes:
        type_ (ResponsesAPIResponseReasoningOutputType):
        id (str):
        summary (list[str] | Unset):
        encrypted_content (str | Unset):
    """

    type_: ResponsesAPIResponseReasoningOutputType
    id: str
    summary: list[str] | Unset = UNSET
    encrypted_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        summary: list[str] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary

        encrypted_content = self.encrypted_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_responses_api_response_reasoning_output_type(d.pop("type"))

        id = d.pop("id")

        summary = cast(list[str], d.pop("summary", UNSET))

        encrypted_content = d.pop("encrypted_content", UNSET)

        responses_api_response_reasoning_output = cls(
            type_=type_,
            id=id,
            summary=summary,
            encrypted_content=encrypted_content,
        )

        responses_api_response_reasoning_output.additional_properties = d
        return responses_api_response_reasoning_output

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
