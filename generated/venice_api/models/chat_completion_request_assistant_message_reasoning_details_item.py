from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestAssistantMessageReasoningDetailsItem")


@_attrs_define
class ChatCompletionRequestAssistantMessageReasoningDetailsItem:
    """
    Attributes:
        type_ (str):
        data (str | Unset):
        format_ (str | Unset):
        id (str | Unset):
        index (float | Unset):
        text (str | Unset):
    """

    type_: str
    data: str | Unset = UNSET
    format_: str | Unset = UNSET
    id: str | Unset = UNSET
    index: float | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        format_ = self.format_

        id = self.id

        index = self.index

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if format_ is not UNSET:
            field_dict["format"] = format_
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        data = d.pop("data", UNSET)

        format_ = d.pop("format", UNSET)

        id = d.pop("id", UNSET)

        index = d.pop("index", UNSET)

        text = d.pop("text", UNSET)

        chat_completion_request_assistant_message_reasoning_details_item = cls(
            type_=type_,
            data=data,
            format_=format_,
            id=id,
            index=index,
            text=text,
        )

        chat_completion_request_assistant_message_reasoning_details_item.additional_properties = d
        return chat_completion_request_assistant_message_reasoning_details_item

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
