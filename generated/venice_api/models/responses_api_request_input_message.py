from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_input_message_role import (
    ResponsesAPIRequestInputMessageRole,
    check_responses_api_request_input_message_role,
)
from ..models.responses_api_request_input_message_status import (
    ResponsesAPIRequestInputMessageStatus,
    check_responses_api_request_input_message_status,
)
from ..models.responses_api_request_input_message_type import (
    ResponsesAPIRequestInputMessageType,
    check_responses_api_request_input_message_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_api_request_input_message_input_image import (
        ResponsesAPIRequestInputMessageInputImage,
    )
    from ..models.responses_api_request_input_message_input_text import (
        ResponsesAPIRequestInputMessageInputText,
    )
    from ..models.responses_api_request_input_message_output_text_for_history import (
        ResponsesAPIRequestInputMessageOutputTextForHistory,
    )


T = TypeVar("T", bound="ResponsesAPIRequestInputMessage")


@_attrs_define
class ResponsesAPIRequestInputMessage:
    """
    Attributes:
        type_ (ResponsesAPIRequestInputMessageType):
        role (ResponsesAPIRequestInputMessageRole):
        content (list[ResponsesAPIRequestInputMessageInputImage | ResponsesAPIRequestInputMessageInputText |
            ResponsesAPIRequestInputMessageOutputTextForHistory] | str):
        id (str | Unset):
        status (ResponsesAPIRequestInputMessageStatus | Unset):
    """

    type_: ResponsesAPIRequestInputMessageType
    role: ResponsesAPIRequestInputMessageRole
    content: (
        list[
            ResponsesAPIRequestInputMessageInputImage
            | ResponsesAPIRequestInputMessageInputText
            | ResponsesAPIRequestInputMessageOutputTextForHistory
        ]
        | str
    )
    id: str | Unset = UNSET
    status: ResponsesAPIRequestInputMessageStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.responses_api_request_input_message_input_image import (
            ResponsesAPIRequestInputMessageInputImage,
        )
        from ..models.responses_api_request_input_message_input_text import (
            ResponsesAPIRequestInputMessageInputText,
        )

        type_: str = self.type_

        role: str = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data, ResponsesAPIRequestInputMessageInputText
                ) or isinstance(
                    content_type_1_item_data, ResponsesAPIRequestInputMessageInputImage
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
                "type": type_,
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
        from ..models.responses_api_request_input_message_input_image import (
            ResponsesAPIRequestInputMessageInputImage,
        )
        from ..models.responses_api_request_input_message_input_text import (
            ResponsesAPIRequestInputMessageInputText,
        )
        from ..models.responses_api_request_input_message_output_text_for_history import (
            ResponsesAPIRequestInputMessageOutputTextForHistory,
        )

        d = dict(src_dict)
        type_ = check_responses_api_request_input_message_type(d.pop("type"))

        role = check_responses_api_request_input_message_role(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                ResponsesAPIRequestInputMessageInputImage
                | ResponsesAPIRequestInputMessageInputText
                | ResponsesAPIRequestInputMessageOutputTextForHistory
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
                        ResponsesAPIRequestInputMessageInputImage
                        | ResponsesAPIRequestInputMessageInputText
                        | ResponsesAPIRequestInputMessageOutputTextForHistory
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_input_text = (
                                ResponsesAPIRequestInputMessageInputText.from_dict(data)
                            )

                            return content_type_1_item_input_text
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_input_image = (
                                ResponsesAPIRequestInputMessageInputImage.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_input_image
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_output_text_for_history = ResponsesAPIRequestInputMessageOutputTextForHistory.from_dict(
                            data
                        )

                        return content_type_1_item_output_text_for_history

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ResponsesAPIRequestInputMessageInputImage
                    | ResponsesAPIRequestInputMessageInputText
                    | ResponsesAPIRequestInputMessageOutputTextForHistory
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ResponsesAPIRequestInputMessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_responses_api_request_input_message_status(_status)

        responses_api_request_input_message = cls(
            type_=type_,
            role=role,
            content=content,
            id=id,
            status=status,
        )

        responses_api_request_input_message.additional_properties = d
        return responses_api_request_input_message

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
