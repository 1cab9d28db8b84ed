from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChatCompletionResponse200UsagePromptTokensDetailsType0")


@_attrs_define
class CreateChatCompletionResponse200UsagePromptTokensDetailsType0:
    """Breakdown of prompt tokens. Includes cached_tokens (cache read) and cache_creation_input_tokens (cache write) for
    models that support context caching.

        Attributes:
            cached_tokens (int | Unset): Number of prompt tokens that were served from cache (cache read) which may result
                in a discounted rate. Example: 128.
            cache_creation_input_tokens (int | Unset): Number of prompt tokens that were written to cache (cache write). For
                some providers like Anthropic, this may be charged at a premium rate. Example: 64.
    """

    cached_tokens: int | Unset = UNSET
    cache_creation_input_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cached_tokens = self.cached_tokens

        cache_creation_input_tokens = self.cache_creation_input_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cached_tokens = d.pop("cached_tokens", UNSET)

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        create_chat_completion_response_200_usage_prompt_tokens_details_type_0 = cls(
            cached_tokens=cached_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
        )

        create_chat_completion_response_200_usage_prompt_tokens_details_type_0.additional_properties = d
        return create_chat_completion_response_200_usage_prompt_tokens_details_type_0

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
