from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_tools_type_0_item_type_1_function import (
        ChatCompletionRequestToolsType0ItemType1Function,
    )


T = TypeVar("T", bound="ChatCompletionRequestToolsType0ItemType1")


@_attrs_define
class ChatCompletionRequestToolsType0ItemType1:
    """
    Attributes:
        function (ChatCompletionRequestToolsType0ItemType1Function):
        id (str | Unset):
        type_ (str | Unset):
    """

    function: ChatCompletionRequestToolsType0ItemType1Function
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function = self.function.to_dict()

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_tools_type_0_item_type_1_function import (
            ChatCompletionRequestToolsType0ItemType1Function,
        )

        d = dict(src_dict)
        function = ChatCompletionRequestToolsType0ItemType1Function.from_dict(
            d.pop("function")
        )

        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        chat_completion_request_tools_type_0_item_type_1 = cls(
            function=function,
            id=id,
            type_=type_,
        )

        chat_completion_request_tools_type_0_item_type_1.additional_properties = d
        return chat_completion_request_tools_type_0_item_type_1

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
