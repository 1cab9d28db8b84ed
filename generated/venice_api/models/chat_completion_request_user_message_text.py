from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_user_message_text_text_content_string import (
    ChatCompletionRequestUserMessageTextTextContentString,
    check_chat_completion_request_user_message_text_text_content_string,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_user_message_text_cache_control import (
        ChatCompletionRequestUserMessageTextCacheControl,
    )


T = TypeVar("T", bound="ChatCompletionRequestUserMessageText")


@_attrs_define
class ChatCompletionRequestUserMessageText:
    """Text message type. Supports optional cache_control for prompt caching on supported providers.

    Example:
        {'text': 'Why is the sky blue?', 'type': 'text'}

    Attributes:
        text (str): The prompt text of the message. Must be at-least one character in length Example: Why is the sky
            blue?.
        type_ (ChatCompletionRequestUserMessageTextTextContentString):
        cache_control (ChatCompletionRequestUserMessageTextCacheControl | Unset): Optional cache control for prompt
            caching on supported providers. Example: {'type': 'ephemeral'}.
    """

    text: str
    type_: ChatCompletionRequestUserMessageTextTextContentString
    cache_control: ChatCompletionRequestUserMessageTextCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type_: str = self.type_

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_user_message_text_cache_control import (
            ChatCompletionRequestUserMessageTextCacheControl,
        )

        d = dict(src_dict)
        text = d.pop("text")

        type_ = check_chat_completion_request_user_message_text_text_content_string(
            d.pop("type")
        )

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: ChatCompletionRequestUserMessageTextCacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = ChatCompletionRequestUserMessageTextCacheControl.from_dict(
                _cache_control
            )

        chat_completion_request_user_message_text = cls(
            text=text,
            type_=type_,
            cache_control=cache_control,
        )

        chat_completion_request_user_message_text.additional_properties = d
        return chat_completion_request_user_message_text

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
