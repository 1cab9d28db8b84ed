from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_api_response_usage_input_tokens_details import (
        ResponsesAPIResponseUsageInputTokensDetails,
    )
    from ..models.responses_api_response_usage_output_tokens_details import (
        ResponsesAPIResponseUsageOutputTokensDetails,
    )


T = TypeVar("T", bound="ResponsesAPIResponseUsage")


@_attrs_define
class ResponsesAPIResponseUsage:
    """Token usage statistics.

    Attributes:
        input_tokens (int):
        output_tokens (int):
        total_tokens (int):
        input_tokens_details (ResponsesAPIResponseUsageInputTokensDetails | Unset):
        output_tokens_details (ResponsesAPIResponseUsageOutputTokensDetails | Unset):
    """

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: ResponsesAPIResponseUsageInputTokensDetails | Unset = UNSET
    output_tokens_details: ResponsesAPIResponseUsageOutputTokensDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_tokens_details, Unset):
            input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_tokens_details, Unset):
            output_tokens_details = self.output_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
            }
        )
        if input_tokens_details is not UNSET:
            field_dict["input_tokens_details"] = input_tokens_details
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_response_usage_input_tokens_details import (
            ResponsesAPIResponseUsageInputTokensDetails,
        )
        from ..models.responses_api_response_usage_output_tokens_details import (
            ResponsesAPIResponseUsageOutputTokensDetails,
        )

        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        total_tokens = d.pop("total_tokens")

        _input_tokens_details = d.pop("input_tokens_details", UNSET)
        input_tokens_details: ResponsesAPIResponseUsageInputTokensDetails | Unset
        if isinstance(_input_tokens_details, Unset):
            input_tokens_details = UNSET
        else:
            input_tokens_details = (
                ResponsesAPIResponseUsageInputTokensDetails.from_dict(
                    _input_tokens_details
                )
            )

        _output_tokens_details = d.pop("output_tokens_details", UNSET)
        output_tokens_details: ResponsesAPIResponseUsageOutputTokensDetails | Unset
        if isinstance(_output_tokens_details, Unset):
            output_tokens_details = UNSET
        else:
            output_tokens_details = (
                ResponsesAPIResponseUsageOutputTokensDetails.from_dict(
                    _output_tokens_details
                )
            )

        responses_api_response_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens_details=output_tokens_details,
        )

        responses_api_response_usage.additional_properties = d
        return responses_api_response_usage

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
