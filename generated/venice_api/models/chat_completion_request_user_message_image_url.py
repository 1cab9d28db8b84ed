from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_user_message_image_url_type import (
    ChatCompletionRequestUserMessageImageUrlType,
    check_chat_completion_request_user_message_image_url_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_user_message_image_url_cache_control import (
        ChatCompletionRequestUserMessageImageUrlCacheControl,
    )
    from ..models.chat_completion_request_user_message_image_url_image_url_object import (
        ChatCompletionRequestUserMessageImageUrlImageURLObject,
    )


T = TypeVar("T", bound="ChatCompletionRequestUserMessageImageUrl")


@_attrs_define
class ChatCompletionRequestUserMessageImageUrl:
    """Image URL message type. Supports optional cache_control for prompt caching on supported providers.

    Attributes:
        image_url (ChatCompletionRequestUserMessageImageUrlImageURLObject): Object containing the image URL information
        type_ (ChatCompletionRequestUserMessageImageUrlType):
        cache_control (ChatCompletionRequestUserMessageImageUrlCacheControl | Unset): Optional cache control for prompt
            caching on supported providers. Example: {'type': 'ephemeral'}.
    """

    image_url: ChatCompletionRequestUserMessageImageUrlImageURLObject
    type_: ChatCompletionRequestUserMessageImageUrlType
    cache_control: ChatCompletionRequestUserMessageImageUrlCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url.to_dict()

        type_: str = self.type_

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_user_message_image_url_cache_control import (
            ChatCompletionRequestUserMessageImageUrlCacheControl,
        )
        from ..models.chat_completion_request_user_message_image_url_image_url_object import (
            ChatCompletionRequestUserMessageImageUrlImageURLObject,
        )

        d = dict(src_dict)
        image_url = ChatCompletionRequestUserMessageImageUrlImageURLObject.from_dict(
            d.pop("image_url")
        )

        type_ = check_chat_completion_request_user_message_image_url_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: ChatCompletionRequestUserMessageImageUrlCacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = (
                ChatCompletionRequestUserMessageImageUrlCacheControl.from_dict(
                    _cache_control
                )
            )

        chat_completion_request_user_message_image_url = cls(
            image_url=image_url,
            type_=type_,
            cache_control=cache_control,
        )

        chat_completion_request_user_message_image_url.additional_properties = d
        return chat_completion_request_user_message_image_url

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
