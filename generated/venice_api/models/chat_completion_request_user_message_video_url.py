from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_user_message_video_url_type import (
    ChatCompletionRequestUserMessageVideoUrlType,
    check_chat_completion_request_user_message_video_url_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_user_message_video_url_cache_control import (
        ChatCompletionRequestUserMessageVideoUrlCacheControl,
    )
    from ..models.chat_completion_request_user_message_video_url_video_url_object import (
        ChatCompletionRequestUserMessageVideoUrlVideoURLObject,
    )


T = TypeVar("T", bound="ChatCompletionRequestUserMessageVideoUrl")


@_attrs_define
class ChatCompletionRequestUserMessageVideoUrl:
    """Video URL message type for models that support video analysis. Supports both direct URLs and base64-encoded data
    URLs.

        Example:
            {'type': 'video_url', 'video_url': {'url': 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'}}

        Attributes:
            type_ (ChatCompletionRequestUserMessageVideoUrlType):
            video_url (ChatCompletionRequestUserMessageVideoUrlVideoURLObject): Object containing the video URL information
            cache_control (ChatCompletionRequestUserMessageVideoUrlCacheControl | Unset): Optional cache control for prompt
                caching on supported providers. Example: {'type': 'ephemeral'}.
    """

    type_: ChatCompletionRequestUserMessageVideoUrlType
    video_url: ChatCompletionRequestUserMessageVideoUrlVideoURLObject
    cache_control: ChatCompletionRequestUserMessageVideoUrlCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        video_url = self.video_url.to_dict()

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "video_url": video_url,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_user_message_video_url_cache_control import (
            ChatCompletionRequestUserMessageVideoUrlCacheControl,
        )
        from ..models.chat_completion_request_user_message_video_url_video_url_object import (
            ChatCompletionRequestUserMessageVideoUrlVideoURLObject,
        )

        d = dict(src_dict)
        type_ = check_chat_completion_request_user_message_video_url_type(d.pop("type"))

        video_url = ChatCompletionRequestUserMessageVideoUrlVideoURLObject.from_dict(
            d.pop("video_url")
        )

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: ChatCompletionRequestUserMessageVideoUrlCacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = (
                ChatCompletionRequestUserMessageVideoUrlCacheControl.from_dict(
                    _cache_control
                )
            )

        chat_completion_request_user_message_video_url = cls(
            type_=type_,
            video_url=video_url,
            cache_control=cache_control,
        )

        chat_completion_request_user_message_video_url.additional_properties = d
        return chat_completion_request_user_message_video_url

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
