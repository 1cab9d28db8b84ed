from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_item_reference_type import (
    ResponsesAPIRequestItemReferenceType,
    check_responses_api_request_item_reference_type,
)

T = TypeVar("T", bound="ResponsesAPIRequestItemReference")


@_attrs_define
class ResponsesAPIRequestItemReference:
    """
    Attributes:
        type_ (ResponsesAPIRequestItemReferenceType):
        id (str):
    """

    type_: ResponsesAPIRequestItemReferenceType
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_responses_api_request_item_reference_type(d.pop("type"))

        id = d.pop("id")

        responses_api_request_item_reference = cls(
            type_=type_,
            id=id,
        )

        responses_api_request_item_reference.additional_properties = d
        return responses_api_request_item_reference

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
