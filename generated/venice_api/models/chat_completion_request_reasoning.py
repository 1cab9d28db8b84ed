from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_reasoning_effort import (
    ChatCompletionRequestReasoningEffort,
    check_chat_completion_request_reasoning_effort,
)
from ..models.chat_completion_request_reasoning_summary import (
    ChatCompletionRequestReasoningSummary,
    check_chat_completion_request_reasoning_summary,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestReasoning")


@_attrs_define
class ChatCompletionRequestReasoning:
    """Configuration for reasoning behavior on supported models.

    Attributes:
        effort (ChatCompletionRequestReasoningEffort | Unset): Controls the reasoning effort level for supported models.
            Higher effort means more thorough reasoning but increased token usage. Defaults to the model configuration if
            not specified. Example: medium.
        summary (ChatCompletionRequestReasoningSummary | Unset): Controls whether and how the model generates a summary
            of its reasoning. "auto" lets the model decide, "concise" requests a brief summary, "detailed" requests a
            thorough summary. Example: auto.
    """

    effort: ChatCompletionRequestReasoningEffort | Unset = UNSET
    summary: ChatCompletionRequestReasoningSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort

        summary: str | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _effort = d.pop("effort", UNSET)
        effort: ChatCompletionRequestReasoningEffort | Unset
        if isinstance(_effort, Unset):
            effort = UNSET
        else:
            effort = check_chat_completion_request_reasoning_effort(_effort)

        _summary = d.pop("summary", UNSET)
        summary: ChatCompletionRequestReasoningSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = check_chat_completion_request_reasoning_summary(_summary)

        chat_completion_request_reasoning = cls(
            effort=effort,
            summary=summary,
        )

        chat_completion_request_reasoning.additional_properties = d
        return chat_completion_request_reasoning

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
