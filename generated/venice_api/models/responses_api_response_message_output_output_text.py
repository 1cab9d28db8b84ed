from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_response_message_output_output_text_type import (
    ResponsesAPIResponseMessageOutputOutputTextType,
    check_responses_api_response_message_output_output_text_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_api_response_message_output_output_text_url_citation_annotation import (
        ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation,
    )


T = TypeVar("T", bound="ResponsesAPIResponseMessageOutputOutputText")


@_attrs_define
class ResponsesAPIResponseMessageOutputOutputText:
    """
    Attributes:
        type_ (ResponsesAPIResponseMessageOutputOutputTextType):
        text (str):
        annotations (list[ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation] | Unset):
    """

    type_: ResponsesAPIResponseMessageOutputOutputTextType
    text: str
    annotations: (
        list[ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        text = self.text

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_response_message_output_output_text_url_citation_annotation import (
            ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation,
        )

        d = dict(src_dict)
        type_ = check_responses_api_response_message_output_output_text_type(
            d.pop("type")
        )

        text = d.pop("text")

        _annotations = d.pop("annotations", UNSET)
        annotations: (
            list[ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation]
            | Unset
        ) = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = ResponsesAPIResponseMessageOutputOutputTextURLCitationAnnotation.from_dict(
                    annotations_item_data
                )

                annotations.append(annotations_item)

        responses_api_response_message_output_output_text = cls(
            type_=type_,
            text=text,
            annotations=annotations,
        )

        responses_api_response_message_output_output_text.additional_properties = d
        return responses_api_response_message_output_output_text

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
