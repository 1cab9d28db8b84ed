from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_code_interpreter_tool_type import (
    ResponsesAPIRequestCodeInterpreterToolType,
    check_responses_api_request_code_interpreter_tool_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_api_request_code_interpreter_tool_container import (
        ResponsesAPIRequestCodeInterpreterToolContainer,
    )


T = TypeVar("T", bound="ResponsesAPIRequestCodeInterpreterTool")


@_attrs_define
class ResponsesAPIRequestCodeInterpreterTool:
    """
    Attributes:
        type_ (ResponsesAPIRequestCodeInterpreterToolType):
        container (ResponsesAPIRequestCodeInterpreterToolContainer | Unset):
    """

    type_: ResponsesAPIRequestCodeInterpreterToolType
    container: ResponsesAPIRequestCodeInterpreterToolContainer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container, Unset):
            container = self.container.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if container is not UNSET:
            field_dict["container"] = container

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_request_code_interpreter_tool_container import (
            ResponsesAPIRequestCodeInterpreterToolContainer,
        )

        d = dict(src_dict)
        type_ = check_responses_api_request_code_interpreter_tool_type(d.pop("type"))

        _container = d.pop("container", UNSET)
        container: ResponsesAPIRequestCodeInterpreterToolContainer | Unset
        if isinstance(_container, Unset):
            container = UNSET
        else:
            container = ResponsesAPIRequestCodeInterpreterToolContainer.from_dict(
                _container
            )

        responses_api_request_code_interpreter_tool = cls(
            type_=type_,
            container=container,
        )

        responses_api_request_code_interpreter_tool.additional_properties = d
        return responses_api_request_code_interpreter_tool

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
