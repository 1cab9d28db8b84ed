from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_response_200_choices_item_assistant_message_role import (
    CreateChatCompletionResponse200ChoicesItemAssistantMessageRole,
    check_create_chat_completion_response_200_choices_item_assistant_message_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.create_chat_completion_response_200_choices_item_assistant_message_reasoning_details_item import (
        CreateChatCompletionResponse200ChoicesItemAssistantMessageReasoningDetailsItem,
    )


T = TypeVar("T", bound="CreateChatCompletionResponse200ChoicesItemAssistantMessage")


@_attrs_define
class CreateChatCompletionResponse200ChoicesItemAssistantMessage:
    """The assistant message contains the response from the LLM. Must have either content or tool_calls.

    Attributes:
        role (CreateChatCompletionResponse200ChoicesItemAssistantMessageRole):
        content (None | str | Unset):
        name (None | str | Unset):
        reasoning_content (None | str | Unset):
        reasoning_details (list[CreateChatCompletionResponse200ChoicesItemAssistantMessageReasoningDetailsItem] |
            Unset): Reasoning details returned by certain reasoning models that support this feature (e.g., Gemini 3 Pro).
            Not all reasoning models return this field. For multi-turn conversations with tool calls on supported models,
            pass back the reasoning_details exactly as received to preserve thought signatures.
        thought_signature (None | str | Unset): Gemini thought signature returned by native GCP transport. For multi-
            turn conversations (especially with tool calls), pass it back exactly as received to preserve thought
            signatures.
        tool_calls (list[ChatCompletionMessageToolCall] | None | Unset):
    """

    role: CreateChatCompletionResponse200ChoicesItemAssistantMessageRole
    content: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    reasoning_details: (
        list[
            CreateChatCompletionResponse200ChoicesItemAssistantMessageReasoningDetailsItem
        ]
        | Unset
    ) = UNSET
    thought_signature: None | str | Unset = UNSET
    tool_calls: list[ChatCompletionMessageToolCall] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

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

        reasoning_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasoning_details, Unset):
            reasoning_details = []
            for reasoning_details_item_data in self.reasoning_details:
                reasoning_details_item = reasoning_details_item_data.to_dict()
                reasoning_details.append(reasoning_details_item)

        thought_signature: None | str | Unset
        if isinstance(self.thought_signature, Unset):
            thought_signature = UNSET
        else:
            thought_signature = self.thought_signature

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
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if thought_signature is not UNSET:
            field_dict["thought_signature"] = thought_signature
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_message_tool_call import (
            ChatCompletionMessageToolCall,
        )
        from ..models.create_chat_completion_response_200_choices_item_assistant_message_reasoning_details_item import (
            CreateChatCompletionResponse200ChoicesItemAssistantMessageReasoningDetailsItem,
        )

        d = dict(src_dict)
        role = check_create_chat_completion_response_200_choices_item_assistant_message_role(
            d.pop("role")
        )

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

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

        _reasoning_details = d.pop("reasoning_details", UNSET)
        reasoning_details: (
            list[
                CreateChatCompletionResponse200ChoicesItemAssistantMessageReasoningDetailsItem
            ]
            | Unset
        ) = UNSET
        if _reasoning_details is not UNSET:
            reasoning_details = []
            for reasoning_details_item_data in _reasoning_details:
                reasoning_details_item = CreateChatCompletionResponse200ChoicesItemAssistantMessageReasoningDetailsItem.from_dict(
                    reasoning_details_item_data
                )

                reasoning_details.append(reasoning_details_item)

        def _parse_thought_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thought_signature = _parse_thought_signature(d.pop("thought_signature", UNSET))

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

        create_chat_completion_response_200_choices_item_assistant_message = cls(
            role=role,
            content=content,
            name=name,
            reasoning_content=reasoning_content,
            reasoning_details=reasoning_details,
            thought_signature=thought_signature,
            tool_calls=tool_calls,
        )

        create_chat_completion_response_200_choices_item_assistant_message.additional_properties = d
        return create_chat_completion_response_200_choices_item_assistant_message

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
