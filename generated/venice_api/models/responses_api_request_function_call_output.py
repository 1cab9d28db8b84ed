from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_function_call_output_type import (
    ResponsesAPIRequestFunctionCallOutputType,
    check_responses_api_request_function_call_output_type,
)

if TYPE_CHECKING:
    from ..models.responses_api_request_function_call_output_output_type_2 import (
        ResponsesAPIRequestFunctionCallOutputOutputType2,
    )


T = TypeVar("T", bound="ResponsesAPIRequestFunctionCallOutput")


@_attrs_define
class ResponsesAPIRequestFunctionCallOutput:
    """
    Attributes:
        type_ (ResponsesAPIRequestFunctionCallOutputType):
        call_id (str):
        output (bool | float | list[Any] | None | ResponsesAPIRequestFunctionCallOutputOutputType2 | str):
    """

    type_: ResponsesAPIRequestFunctionCallOutputType
    call_id: str
    output: (
        bool
        | float
        | list[Any]
        | None
        | ResponsesAPIRequestFunctionCallOutputOutputType2
        | str
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.responses_api_request_function_call_output_output_type_2 import (
            ResponsesAPIRequestFunctionCallOutputOutputType2,
        )

        type_: str = self.type_

        call_id = self.call_id

        output: bool | dict[str, Any] | float | list[Any] | None | str
        if isinstance(self.output, list):
            output = self.output

        elif isinstance(self.output, ResponsesAPIRequestFunctionCallOutputOutputType2):
            output = self.output.to_dict()
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_request_function_call_output_output_type_2 import (
            ResponsesAPIRequestFunctionCallOutputOutputType2,
        )

        d = dict(src_dict)
        type_ = check_responses_api_request_function_call_output_type(d.pop("type"))

        call_id = d.pop("call_id")

        def _parse_output(
            data: object,
        ) -> (
            bool
            | float
            | list[Any]
            | None
            | ResponsesAPIRequestFunctionCallOutputOutputType2
            | str
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = cast(list[Any], data)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_2 = (
                    ResponsesAPIRequestFunctionCallOutputOutputType2.from_dict(data)
                )

                return output_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                bool
                | float
                | list[Any]
                | None
                | ResponsesAPIRequestFunctionCallOutputOutputType2
                | str,
                data,
            )

        output = _parse_output(d.pop("output"))

        responses_api_request_function_call_output = cls(
            type_=type_,
            call_id=call_id,
            output=output,
        )

        responses_api_request_function_call_output.additional_properties = d
        return responses_api_request_function_call_output

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
