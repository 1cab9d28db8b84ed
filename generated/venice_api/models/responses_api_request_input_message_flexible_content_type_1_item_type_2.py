from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_2_type import (
    ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2Type,
    check_responses_api_request_input_message_flexible_content_type_1_item_type_2_type,
)

if TYPE_CHECKING:
    from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_2_image_url_type_1 import (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1,
    )


T = TypeVar("T", bound="ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2")


@_attrs_define
class ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2:
    """
    Attributes:
        type_ (ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2Type):
        image_url (ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1 | str):
    """

    type_: ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2Type
    image_url: (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1 | str
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_2_image_url_type_1 import (
            ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1,
        )

        type_: str = self.type_

        image_url: dict[str, Any] | str
        if isinstance(
            self.image_url,
            ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1,
        ):
            image_url = self.image_url.to_dict()
        else:
            image_url = self.image_url

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
        from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_2_image_url_type_1 import (
            ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1,
        )

        d = dict(src_dict)
        type_ = check_responses_api_request_input_message_flexible_content_type_1_item_type_2_type(
            d.pop("type")
        )

        def _parse_image_url(
            data: object,
        ) -> (
            ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1
            | str
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_url_type_1 = ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1.from_dict(
                    data
                )

                return image_url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2ImageUrlType1
                | str,
                data,
            )

        image_url = _parse_image_url(d.pop("image_url"))

        responses_api_request_input_message_flexible_content_type_1_item_type_2 = cls(
            type_=type_,
            image_url=image_url,
        )

        responses_api_request_input_message_flexible_content_type_1_item_type_2.additional_properties = d
        return responses_api_request_input_message_flexible_content_type_1_item_type_2

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
