from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_reasoning_configuration_effort import (
    ResponsesAPIRequestReasoningConfigurationEffort,
    check_responses_api_request_reasoning_configuration_effort,
)
from ..models.responses_api_request_reasoning_configuration_summary import (
    ResponsesAPIRequestReasoningConfigurationSummary,
    check_responses_api_request_reasoning_configuration_summary,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesAPIRequestReasoningConfiguration")


@_attrs_define
class ResponsesAPIRequestReasoningConfiguration:
    """
    Attributes:
        effort (ResponsesAPIRequestReasoningConfigurationEffort | Unset): Controls reasoning effort level for supported
            models.
        summary (ResponsesAPIRequestReasoningConfigurationSummary | Unset): Controls reasoning summary format.
    """

    effort: ResponsesAPIRequestReasoningConfigurationEffort | Unset = UNSET
    summary: ResponsesAPIRequestReasoningConfigurationSummary | Unset = UNSET
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
        effort: ResponsesAPIRequestReasoningConfigurationEffort | Unset
        if isinstance(_effort, Unset):
            effort = UNSET
        else:
            effort = check_responses_api_request_reasoning_configuration_effort(_effort)

        _summary = d.pop("summary", UNSET)
        summary: ResponsesAPIRequestReasoningConfigurationSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = check_responses_api_request_reasoning_configuration_summary(
                _summary
            )

        responses_api_request_reasoning_configuration = cls(
            effort=effort,
            summary=summary,
        )

        responses_api_request_reasoning_configuration.additional_properties = d
        return responses_api_request_reasoning_configuration

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
