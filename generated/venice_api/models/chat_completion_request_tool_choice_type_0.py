from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_completion_request_tool_choice_type_0_function import (
        ChatCompletionRequestToolChoiceType0Function,
    )


T = TypeVar("T", bound="ChatCompletionRequestToolChoiceType0")


@_attrs_define
class ChatCompletionRequestToolChoiceType0:
    """
    Attributes:
        function (ChatCompletionRequestToolChoiceType0Function):
        type_ (str):
    """

    function: ChatCompletionRequestToolChoiceType0Function
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function = self.function.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_tool_choice_type_0_function import (
            ChatCompletionRequestToolChoiceType0Function,
        )

        d = dict(src_dict)
        function = ChatCompletionRequestToolChoiceType0Function.from_dict(
            d.pop("function")
        )

        type_ = d.pop("type")

        chat_completion_request_tool_choice_type_0 = cls(
            function=function,
            type_=type_,
        )

        chat_completion_request_tool_choice_type_0.additional_properties = d
        return chat_completion_request_tool_choice_type_0

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
