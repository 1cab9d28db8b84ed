from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_usage_completion_tokens_details_type_0 import (
        ChatCompletionChunkUsageCompletionTokensDetailsType0,
    )
    from ..models.chat_completion_chunk_usage_prompt_tokens_details_type_0 import (
        ChatCompletionChunkUsagePromptTokensDetailsType0,
    )


T = TypeVar("T", bound="ChatCompletionChunkUsage")


@_attrs_define
class ChatCompletionChunkUsage:
    """
    Attributes:
        prompt_tokens (int):
        completion_tokens (int):
        total_tokens (int):
        prompt_tokens_details (ChatCompletionChunkUsagePromptTokensDetailsType0 | None | Unset):
        completion_tokens_details (ChatCompletionChunkUsageCompletionTokensDetailsType0 | None | Unset):
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: (
        ChatCompletionChunkUsagePromptTokensDetailsType0 | None | Unset
    ) = UNSET
    completion_tokens_details: (
        ChatCompletionChunkUsageCompletionTokensDetailsType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_chunk_usage_completion_tokens_details_type_0 import (
            ChatCompletionChunkUsageCompletionTokensDetailsType0,
        )
        from ..models.chat_completion_chunk_usage_prompt_tokens_details_type_0 import (
            ChatCompletionChunkUsagePromptTokensDetailsType0,
        )

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        prompt_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        elif isinstance(
            self.prompt_tokens_details, ChatCompletionChunkUsagePromptTokensDetailsType0
        ):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
        else:
            prompt_tokens_details = self.prompt_tokens_details

        completion_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        elif isinstance(
            self.completion_tokens_details,
            ChatCompletionChunkUsageCompletionTokensDetailsType0,
        ):
            completion_tokens_details = self.completion_tokens_details.to_dict()
        else:
            completion_tokens_details = self.completion_tokens_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
            }
        )
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_chunk_usage_completion_tokens_details_type_0 import (
            ChatCompletionChunkUsageCompletionTokensDetailsType0,
        )
        from ..models.chat_completion_chunk_usage_prompt_tokens_details_type_0 import (
            ChatCompletionChunkUsagePromptTokensDetailsType0,
        )

        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens")

        completion_tokens = d.pop("completion_tokens")

        total_tokens = d.pop("total_tokens")

        def _parse_prompt_tokens_details(
            data: object,
        ) -> ChatCompletionChunkUsagePromptTokensDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_tokens_details_type_0 = (
                    ChatCompletionChunkUsagePromptTokensDetailsType0.from_dict(data)
                )

                return prompt_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ChatCompletionChunkUsagePromptTokensDetailsType0 | None | Unset, data
            )

        prompt_tokens_details = _parse_prompt_tokens_details(
            d.pop("prompt_tokens_details", UNSET)
        )

        def _parse_completion_tokens_details(
            data: object,
        ) -> ChatCompletionChunkUsageCompletionTokensDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_tokens_details_type_0 = (
                    ChatCompletionChunkUsageCompletionTokensDetailsType0.from_dict(data)
                )

                return completion_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ChatCompletionChunkUsageCompletionTokensDetailsType0 | None | Unset,
                data,
            )

        completion_tokens_details = _parse_completion_tokens_details(
            d.pop("completion_tokens_details", UNSET)
        )

        chat_completion_chunk_usage = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            prompt_tokens_details=prompt_tokens_details,
            completion_tokens_details=completion_tokens_details,
        )

        chat_completion_chunk_usage.additional_properties = d
        return chat_completion_chunk_usage

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
