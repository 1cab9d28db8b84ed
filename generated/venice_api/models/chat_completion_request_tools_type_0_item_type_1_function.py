from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_tools_type_0_item_type_1_function_parameters import (
        ChatCompletionRequestToolsType0ItemType1FunctionParameters,
    )


T = TypeVar("T", bound="ChatCompletionRequestToolsType0ItemType1Function")


@_attrs_define
class ChatCompletionRequestToolsType0ItemType1Function:
    """
    Attributes:
        name (str):
        description (str | Unset):
        parameters (ChatCompletionRequestToolsType0ItemType1FunctionParameters | Unset):
        strict (bool | Unset): If set to true, the model will follow the exact schema defined in the parameters field.
            Only a subset of JSON Schema is supported when strict is true. Default: False. Example: False.
    """

    name: str
    description: str | Unset = UNSET
    parameters: ChatCompletionRequestToolsType0ItemType1FunctionParameters | Unset = (
        UNSET
    )
    strict: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_tools_type_0_item_type_1_function_parameters import (
            ChatCompletionRequestToolsType0ItemType1FunctionParameters,
        )

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ChatCompletionRequestToolsType0ItemType1FunctionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = (
                ChatCompletionRequestToolsType0ItemType1FunctionParameters.from_dict(
                    _parameters
                )
            )

        strict = d.pop("strict", UNSET)

        chat_completion_request_tools_type_0_item_type_1_function = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
        )

        chat_completion_request_tools_type_0_item_type_1_function.additional_properties = d
        return chat_completion_request_tools_type_0_item_type_1_function

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
