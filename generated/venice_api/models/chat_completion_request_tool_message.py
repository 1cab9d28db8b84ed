from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_tool_message_role import (
    ChatCompletionRequestToolMessageRole,
    check_chat_completion_request_tool_message_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall


T = TypeVar("T", bound="ChatCompletionRequestToolMessage")


@_attrs_define
class ChatCompletionRequestToolMessage:
    """The tool message is a special message that is used to call a tool. It is not part of the conversation and is not
    visible to the user.

        Attributes:
            content (str):
            role (ChatCompletionRequestToolMessageRole):
            tool_call_id (str):
            name (None | str | Unset):
            reasoning_content (None | str | Unset):
            tool_calls (list[ChatCompletionMessageToolCall] | None | Unset):
    """

    content: str
    role: ChatCompletionRequestToolMessageRole
    tool_call_id: str
    name: None | str | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    tool_calls: list[ChatCompletionMessageToolCall] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        role: str = self.role

        tool_call_id = self.tool_call_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
                "tool_call_id": tool_call_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_message_tool_call import (
            ChatCompletionMessageToolCall,
        )

        d = dict(src_dict)
        content = d.pop("content")

        role = check_chat_completion_request_tool_message_role(d.pop("role"))

        tool_call_id = d.pop("tool_call_id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_reasoning_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning_content = _parse_reasoning_content(d.pop("reasoning_content", UNSET))

        def _parse_tool_calls(
            data: object,
        ) -> list[ChatCompletionMessageToolCall] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = data
                for tool_calls_type_0_item_data in _tool_calls_type_0:
                    tool_calls_type_0_item = ChatCompletionMessageToolCall.from_dict(
                        tool_calls_type_0_item_data
                    )

                    tool_calls_type_0.append(tool_calls_type_0_item)

                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionMessageToolCall] | None | Unset, data)

        tool_calls = _parse_tool_calls(d.pop("tool_calls", UNSET))

        chat_completion_request_tool_message = cls(
            content=content,
            role=role,
            tool_call_id=tool_call_id,
            name=name,
            reasoning_content=reasoning_content,
            tool_calls=tool_calls,
        )

        chat_completion_request_tool_message.additional_properties = d
        return chat_completion_request_tool_message

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
