from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_system_message_role import (
    ChatCompletionRequestSystemMessageRole,
    check_chat_completion_request_system_message_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_system_message_text import (
        ChatCompletionRequestSystemMessageText,
    )


T = TypeVar("T", bound="ChatCompletionRequestSystemMessage")


@_attrs_define
class ChatCompletionRequestSystemMessage:
    """The system message is a special message that provides context to the model. It is not part of the conversation and
    is not visible to the user.

        Attributes:
            content (list[ChatCompletionRequestSystemMessageText] | str):
            role (ChatCompletionRequestSystemMessageRole):
            name (None | str | Unset):
    """

    content: list[ChatCompletionRequestSystemMessageText] | str
    role: ChatCompletionRequestSystemMessageRole
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_objects_item_data in self.content:
                content_objects_item = content_objects_item_data.to_dict()
                content.append(content_objects_item)

        else:
            content = self.content

        role: str = self.role

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_system_message_text import (
            ChatCompletionRequestSystemMessageText,
        )

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> list[ChatCompletionRequestSystemMessageText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_objects = []
                _content_objects = data
                for content_objects_item_data in _content_objects:
                    content_objects_item = (
                        ChatCompletionRequestSystemMessageText.from_dict(
                            content_objects_item_data
                        )
                    )

                    content_objects.append(content_objects_item)

                return content_objects
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionRequestSystemMessageText] | str, data)

        content = _parse_content(d.pop("content"))

        role = check_chat_completion_request_system_message_role(d.pop("role"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        chat_completion_request_system_message = cls(
            content=content,
            role=role,
            name=name,
        )

        chat_completion_request_system_message.additional_properties = d
        return chat_completion_request_system_message

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
