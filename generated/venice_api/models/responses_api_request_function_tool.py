from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_function_tool_type import (
    ResponsesAPIRequestFunctionToolType,
    check_responses_api_request_function_tool_type,
)

if TYPE_CHECKING:
    from ..models.responses_api_request_function_tool_function import (
        ResponsesAPIRequestFunctionToolFunction,
    )


T = TypeVar("T", bound="ResponsesAPIRequestFunctionTool")


@_attrs_define
class ResponsesAPIRequestFunctionTool:
    """
    Attributes:
        type_ (ResponsesAPIRequestFunctionToolType):
        function (ResponsesAPIRequestFunctionToolFunction):
    """

    type_: ResponsesAPIRequestFunctionToolType
    function: ResponsesAPIRequestFunctionToolFunction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_request_function_tool_function import (
            ResponsesAPIRequestFunctionToolFunction,
        )

        d = dict(src_dict)
        type_ = check_responses_api_request_function_tool_type(d.pop("type"))

        function = ResponsesAPIRequestFunctionToolFunction.from_dict(d.pop("function"))

        responses_api_request_function_tool = cls(
            type_=type_,
            function=function,
        )

        responses_api_request_function_tool.additional_properties = d
        return responses_api_request_function_tool

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
