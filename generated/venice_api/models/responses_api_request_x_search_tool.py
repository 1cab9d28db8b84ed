from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_x_search_tool_type import (
    ResponsesAPIRequestXSearchToolType,
    check_responses_api_request_x_search_tool_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesAPIRequestXSearchTool")


@_attrs_define
class ResponsesAPIRequestXSearchTool:
    """
    Attributes:
        type_ (ResponsesAPIRequestXSearchToolType):
        allowed_x_handles (list[str] | Unset):
        excluded_x_handles (list[str] | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        enable_image_understanding (bool | Unset):
        enable_video_understanding (bool | Unset):
    """

    type_: ResponsesAPIRequestXSearchToolType
    allowed_x_handles: list[str] | Unset = UNSET
    excluded_x_handles: list[str] | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    enable_image_understanding: bool | Unset = UNSET
    enable_video_understanding: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        allowed_x_handles: list[str] | Unset = UNSET
        if not isinstance(self.allowed_x_handles, Unset):
            allowed_x_handles = self.allowed_x_handles

        excluded_x_handles: list[str] | Unset = UNSET
        if not isinstance(self.excluded_x_handles, Unset):
            excluded_x_handles = self.excluded_x_handles

        from_date = self.from_date

        to_date = self.to_date

        enable_image_understanding = self.enable_image_understanding

        enable_video_understanding = self.enable_video_understanding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_x_handles is not UNSET:
            field_dict["allowed_x_handles"] = allowed_x_handles
        if excluded_x_handles is not UNSET:
            field_dict["excluded_x_handles"] = excluded_x_handles
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if enable_image_understanding is not UNSET:
            field_dict["enable_image_understanding"] = enable_image_understanding
        if enable_video_understanding is not UNSET:
            field_dict["enable_video_understanding"] = enable_video_understanding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_responses_api_request_x_search_tool_type(d.pop("type"))

        allowed_x_handles = cast(list[str], d.pop("allowed_x_handles", UNSET))

        excluded_x_handles = cast(list[str], d.pop("excluded_x_handles", UNSET))

        from_date = d.pop("from_date", UNSET)

        to_date = d.pop("to_date", UNSET)

        enable_image_understanding = d.pop("enable_image_understanding", UNSET)

        enable_video_understanding = d.pop("enable_video_understanding", UNSET)

        responses_api_request_x_search_tool = cls(
            type_=type_,
            allowed_x_handles=allowed_x_handles,
            excluded_x_handles=excluded_x_handles,
            from_date=from_date,
            to_date=to_date,
            enable_image_understanding=enable_image_understanding,
            enable_video_understanding=enable_video_understanding,
        )

        responses_api_request_x_search_tool.additional_properties = d
        return responses_api_request_x_search_tool

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
