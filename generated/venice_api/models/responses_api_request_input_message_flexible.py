from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_input_message_flexible_role import (
    ResponsesAPIRequestInputMessageFlexibleRole,
    check_responses_api_request_input_message_flexible_role,
)
from ..models.responses_api_request_input_message_flexible_status import (
    ResponsesAPIRequestInputMessageFlexibleStatus,
    check_responses_api_request_input_message_flexible_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_1 import (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1,
    )
    from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_2 import (
        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2,
    )
    from ..models.responses_api_request_input_message_flexible_input_image import (
        ResponsesAPIRequestInputMessageFlexibleInputImage,
    )
    from ..models.responses_api_request_input_message_flexible_input_text import (
        ResponsesAPIRequestInputMessageFlexibleInputText,
    )
    from ..models.responses_api_request_input_message_flexible_output_text_for_history import (
        ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory,
    )


T = TypeVar("T", bound="ResponsesAPIRequestInputMessageFlexible")


@_attrs_define
class ResponsesAPIRequestInputMessageFlexible:
    """
    Attributes:
        role (ResponsesAPIRequestInputMessageFlexibleRole):
        content (list[ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1 |
            ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2 | ResponsesAPIRequestInputMessageFlexibleInputImage
            | ResponsesAPIRequestInputMessageFlexibleInputText |
            ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory] | str):
        id (str | Unset):
        status (ResponsesAPIRequestInputMessageFlexibleStatus | Unset):
    """

    role: ResponsesAPIRequestInputMessageFlexibleRole
    content: (
        list[
            ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1
            | ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2
            | ResponsesAPIRequestInputMessageFlexibleInputImage
            | ResponsesAPIRequestInputMessageFlexibleInputText
            | ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory
        ]
        | str
    )
    id: str | Unset = UNSET
    status: ResponsesAPIRequestInputMessageFlexibleStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_1 import (
            ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1,
        )
        from ..models.responses_api_request_input_message_flexible_input_image import (
            ResponsesAPIRequestInputMessageFlexibleInputImage,
        )
        from ..models.responses_api_request_input_message_flexible_input_text import (
            ResponsesAPIRequestInputMessageFlexibleInputText,
        )
        from ..models.responses_api_request_input_message_flexible_output_text_for_history import (
            ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory,
        )

        role: str = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if (
                    isinstance(
                        content_type_1_item_data,
                        ResponsesAPIRequestInputMessageFlexibleInputText,
                    )
                    or isinstance(
                        content_type_1_item_data,
                        ResponsesAPIRequestInputMessageFlexibleInputImage,
                    )
                    or isinstance(
                        content_type_1_item_data,
                        ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory,
                    )
                    or isinstance(
                        content_type_1_item_data,
                        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1,
                    )
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_1 import (
            ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1,
        )
        from ..models.responses_api_request_input_message_flexible_content_type_1_item_type_2 import (
            ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2,
        )
        from ..models.responses_api_request_input_message_flexible_input_image import (
            ResponsesAPIRequestInputMessageFlexibleInputImage,
        )
        from ..models.responses_api_request_input_message_flexible_input_text import (
            ResponsesAPIRequestInputMessageFlexibleInputText,
        )
        from ..models.responses_api_request_input_message_flexible_output_text_for_history import (
            ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory,
        )

        d = dict(src_dict)
        role = check_responses_api_request_input_message_flexible_role(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1
                | ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2
                | ResponsesAPIRequestInputMessageFlexibleInputImage
                | ResponsesAPIRequestInputMessageFlexibleInputText
                | ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1
                        | ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2
                        | ResponsesAPIRequestInputMessageFlexibleInputImage
                        | ResponsesAPIRequestInputMessageFlexibleInputText
                        | ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_0_input_text = ResponsesAPIRequestInputMessageFlexibleInputText.from_dict(
                                data
                            )

                            return content_type_1_item_type_0_input_text
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_0_input_image = ResponsesAPIRequestInputMessageFlexibleInputImage.from_dict(
                                data
                            )

                            return content_type_1_item_type_0_input_image
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_0_output_text_for_history = ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory.from_dict(
                                data
                            )

                            return content_type_1_item_type_0_output_text_for_history
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_1 = ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1.from_dict(
                                data
                            )

                            return content_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_2 = ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2.from_dict(
                            data
                        )

                        return content_type_1_item_type_2

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ResponsesAPIRequestInputMessageFlexibleContentType1ItemType1
                    | ResponsesAPIRequestInputMessageFlexibleContentType1ItemType2
                    | ResponsesAPIRequestInputMessageFlexibleInputImage
                    | ResponsesAPIRequestInputMessageFlexibleInputText
                    | ResponsesAPIRequestInputMessageFlexibleOutputTextForHistory
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ResponsesAPIRequestInputMessageFlexibleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_responses_api_request_input_message_flexible_status(_status)

        responses_api_request_input_message_flexible = cls(
            role=role,
            content=content,
            id=id,
            status=status,
        )

        responses_api_request_input_message_flexible.additional_properties = d
        return responses_api_request_input_message_flexible

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
