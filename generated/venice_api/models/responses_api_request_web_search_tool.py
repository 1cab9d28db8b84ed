from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_web_search_tool_search_context_size import (
    ResponsesAPIRequestWebSearchToolSearchContextSize,
    check_responses_api_request_web_search_tool_search_context_size,
)
from ..models.responses_api_request_web_search_tool_type import (
    ResponsesAPIRequestWebSearchToolType,
    check_responses_api_request_web_search_tool_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_api_request_web_search_tool_user_location import (
        ResponsesAPIRequestWebSearchToolUserLocation,
    )


T = TypeVar("T", bound="ResponsesAPIRequestWebSearchTool")


@_attrs_define
class ResponsesAPIRequestWebSearchTool:
    """
    Attributes:
        type_ (ResponsesAPIRequestWebSearchToolType):
        search_context_size (ResponsesAPIRequestWebSearchToolSearchContextSize | Unset):
        user_location (ResponsesAPIRequestWebSearchToolUserLocation | Unset):
    """

    type_: ResponsesAPIRequestWebSearchToolType
    search_context_size: ResponsesAPIRequestWebSearchToolSearchContextSize | Unset = (
        UNSET
    )
    user_location: ResponsesAPIRequestWebSearchToolUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        user_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_location, Unset):
            user_location = self.user_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_request_web_search_tool_user_location import (
            ResponsesAPIRequestWebSearchToolUserLocation,
        )

        d = dict(src_dict)
        type_ = check_responses_api_request_web_search_tool_type(d.pop("type"))

        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: ResponsesAPIRequestWebSearchToolSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = (
                check_responses_api_request_web_search_tool_search_context_size(
                    _search_context_size
                )
            )

        _user_location = d.pop("user_location", UNSET)
        user_location: ResponsesAPIRequestWebSearchToolUserLocation | Unset
        if isinstance(_user_location, Unset):
            user_location = UNSET
        else:
            user_location = ResponsesAPIRequestWebSearchToolUserLocation.from_dict(
                _user_location
            )

        responses_api_request_web_search_tool = cls(
            type_=type_,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        responses_api_request_web_search_tool.additional_properties = d
        return responses_api_request_web_search_tool

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
