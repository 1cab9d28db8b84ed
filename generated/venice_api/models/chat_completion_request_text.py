from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_text_verbosity import (
    ChatCompletionRequestTextVerbosity,
    check_chat_completion_request_text_verbosity,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestText")


@_attrs_define
class ChatCompletionRequestText:
    """OpenAI-compatible text configuration parameter.

    Attributes:
        verbosity (ChatCompletionRequestTextVerbosity | Unset): Controls the verbosity of the text response. Example:
            low.
    """

    verbosity: ChatCompletionRequestTextVerbosity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verbosity: str | Unset = UNSET
        if not isinstance(self.verbosity, Unset):
            verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _verbosity = d.pop("verbosity", UNSET)
        verbosity: ChatCompletionRequestTextVerbosity | Unset
        if isinstance(_verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = check_chat_completion_request_text_verbosity(_verbosity)

        chat_completion_request_text = cls(
            verbosity=verbosity,
        )

        chat_completion_request_text.additional_properties = d
        return chat_completion_request_text

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
