from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem"
)


@_attrs_define
class CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem:
    """
    Attributes:
        logprob (float):
        token (str):
        bytes_ (list[float] | Unset):
    """

    logprob: float
    token: str
    bytes_: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logprob = self.logprob

        token = self.token

        bytes_: list[float] | Unset = UNSET
        if not isinstance(self.bytes_, Unset):
            bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logprob": logprob,
                "token": token,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        logprob = d.pop("logprob")

        token = d.pop("token")

        bytes_ = cast(list[float], d.pop("bytes", UNSET))

        create_chat_completion_response_200_choices_item_logprobs_type_0_top_logprobs_item = cls(
            logprob=logprob,
            token=token,
            bytes_=bytes_,
        )

        create_chat_completion_response_200_choices_item_logprobs_type_0_top_logprobs_item.additional_properties = d
        return create_chat_completion_response_200_choices_item_logprobs_type_0_top_logprobs_item

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
