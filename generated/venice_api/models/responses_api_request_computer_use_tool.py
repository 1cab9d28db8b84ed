from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_computer_use_tool_type import (
    ResponsesAPIRequestComputerUseToolType,
    check_responses_api_request_computer_use_tool_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesAPIRequestComputerUseTool")


@_attrs_define
class ResponsesAPIRequestComputerUseTool:
    """
    Attributes:
        type_ (ResponsesAPIRequestComputerUseToolType):
        display_width (int | Unset):
        display_height (int | Unset):
        environment (str | Unset):
    """

    type_: ResponsesAPIRequestComputerUseToolType
    display_width: int | Unset = UNSET
    display_height: int | Unset = UNSET
    environment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        display_width = self.display_width

        display_height = self.display_height

        environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if display_width is not UNSET:
            field_dict["display_width"] = display_width
        if display_height is not UNSET:
            field_dict["display_height"] = display_height
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_responses_api_request_computer_use_tool_type(d.pop("type"))

        display_width = d.pop("display_width", UNSET)

        display_height = d.pop("display_height", UNSET)

        environment = d.pop("environment", UNSET)

        responses_api_request_computer_use_tool = cls(
            type_=type_,
            display_width=display_width,
            display_height=display_height,
            environment=environment,
        )

        responses_api_request_computer_use_tool.additional_properties = d
        return responses_api_request_computer_use_tool

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
