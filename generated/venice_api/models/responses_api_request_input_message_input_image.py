from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_input_message_input_image_type import (
    ResponsesAPIRequestInputMessageInputImageType,
    check_responses_api_request_input_message_input_image_type,
)

if TYPE_CHECKING:
    from ..models.responses_api_request_input_message_input_image_image_url import (
        ResponsesAPIRequestInputMessageInputImageImageUrl,
    )


T = TypeVar("T", bound="ResponsesAPIRequestInputMessageInputImage")


@_attrs_define
class ResponsesAPIRequestInputMessageInputImage:
    """
    Attributes:
        type_ (ResponsesAPIRequestInputMessageInputImageType):
        image_url (ResponsesAPIRequestInputMessageInputImageImageUrl):
    """

    type_: ResponsesAPIRequestInputMessageInputImageType
    image_url: ResponsesAPIRequestInputMessageInputImageImageUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        image_url = self.image_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_request_input_message_input_image_image_url import (
            ResponsesAPIRequestInputMessageInputImageImageUrl,
        )

        d = dict(src_dict)
        type_ = check_responses_api_request_input_message_input_image_type(
            d.pop("type")
        )

        image_url = ResponsesAPIRequestInputMessageInputImageImageUrl.from_dict(
            d.pop("image_url")
        )

        responses_api_request_input_message_input_image = cls(
            type_=type_,
            image_url=image_url,
        )

        responses_api_request_input_message_input_image.additional_properties = d
        return responses_api_request_input_message_input_image

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
