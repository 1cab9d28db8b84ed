from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_input_message_flexible_output_text_for_history_type import (
    ResponsesAPIRequestInputMessageFlexibleOutputTextForHistoryType,
    check_responses_api_request_input_message_flexible_output_text_for_history_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory")


@_attrs_define
class ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory:
    """
    Attributes:
        type_ (ResponsesAPIRequestInputMessageFlexibleOutputTextForHistoryType):
        text (str):
        annotations (list[Any] | Unset):
    """

    type_: ResponsesAPIRequestInputMessageFlexibleOutputTextForHistoryType
    text: str
    annotations: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        text = self.text

        annotations: list[Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_responses_api_request_input_message_flexible_output_text_for_history_type(
            d.pop("type")
        )

        text = d.pop("text")

        annotations = cast(list[Any], d.pop("annotations", UNSET))

        responses_api_request_input_message_flexible_output_text_for_history = cls(
            type_=type_,
            text=text,
            annotations=annotations,
        )

        responses_api_request_input_message_flexible_output_text_for_history.additional_properties = d
        return responses_api_request_input_message_flexible_output_text_for_history

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
