from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_chat_completion_response_200_choices_item_logprobs_type_0_top_logprobs_item import (
        CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem,
    )


T = TypeVar("T", bound="CreateChatCompletionResponse200ChoicesItemLogprobsType0")


@_attrs_define
class CreateChatCompletionResponse200ChoicesItemLogprobsType0:
    """
    Attributes:
        logprob (float): The log probability of this token Example: -0.34.
        token (str): The token string Example: hello.
        bytes_ (list[float] | Unset): Raw bytes of the token Example: [104, 101, 108, 108, 111].
        top_logprobs (list[CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem] | Unset): Top tokens
            considered with their log probabilities
    """

    logprob: float
    token: str
    bytes_: list[float] | Unset = UNSET
    top_logprobs: (
        list[CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logprob = self.logprob

        token = self.token

        bytes_: list[float] | Unset = UNSET
        if not isinstance(self.bytes_, Unset):
            bytes_ = self.bytes_

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

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
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_chat_completion_response_200_choices_item_logprobs_type_0_top_logprobs_item import (
            CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem,
        )

        d = dict(src_dict)
        logprob = d.pop("logprob")

        token = d.pop("token")

        bytes_ = cast(list[float], d.pop("bytes", UNSET))

        _top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: (
            list[CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem]
            | Unset
        ) = UNSET
        if _top_logprobs is not UNSET:
            top_logprobs = []
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = CreateChatCompletionResponse200ChoicesItemLogprobsType0TopLogprobsItem.from_dict(
                    top_logprobs_item_data
                )

                top_logprobs.append(top_logprobs_item)

        create_chat_completion_response_200_choices_item_logprobs_type_0 = cls(
            logprob=logprob,
            token=token,
            bytes_=bytes_,
            top_logprobs=top_logprobs,
        )

        create_chat_completion_response_200_choices_item_logprobs_type_0.additional_properties = d
        return create_chat_completion_response_200_choices_item_logprobs_type_0

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
