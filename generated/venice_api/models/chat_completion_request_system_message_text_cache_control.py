from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_system_message_text_cache_control_type import (
    ChatCompletionRequestSystemMessageTextCacheControlType,
    check_chat_completion_request_system_message_text_cache_control_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestSystemMessageTextCacheControl")


@_attrs_define
class ChatCompletionRequestSystemMessageTextCacheControl:
    """Optional cache control for prompt caching on supported providers.

    Example:
        {'type': 'ephemeral'}

    Attributes:
        type_ (ChatCompletionRequestSystemMessageTextCacheControlType): The type of cache control. Currently only
            "ephemeral" is supported. Example: ephemeral.
        ttl (str | Unset): Optional TTL for extended cache duration. Beta feature requiring special header. Example: 1h.
    """

    type_: ChatCompletionRequestSystemMessageTextCacheControlType
    ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_chat_completion_request_system_message_text_cache_control_type(
            d.pop("type")
        )

        ttl = d.pop("ttl", UNSET)

        chat_completion_request_system_message_text_cache_control = cls(
            type_=type_,
            ttl=ttl,
        )

        chat_completion_request_system_message_text_cache_control.additional_properties = d
        return chat_completion_request_system_message_text_cache_control

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
