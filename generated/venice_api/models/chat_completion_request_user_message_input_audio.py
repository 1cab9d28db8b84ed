from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_user_message_input_audio_type import (
    ChatCompletionRequestUserMessageInputAudioType,
    check_chat_completion_request_user_message_input_audio_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_user_message_input_audio_cache_control import (
        ChatCompletionRequestUserMessageInputAudioCacheControl,
    )
    from ..models.chat_completion_request_user_message_input_audio_input_audio_object import (
        ChatCompletionRequestUserMessageInputAudioInputAudioObject,
    )


T = TypeVar("T", bound="ChatCompletionRequestUserMessageInputAudio")


@_attrs_define
class ChatCompletionRequestUserMessageInputAudio:
    """Audio input message type for models that support audio analysis. Audio must be base64-encoded.

    Example:
        {'input_audio': {'data': '<base64-encoded-audio>', 'format': 'wav'}, 'type': 'input_audio'}

    Attributes:
        input_audio (ChatCompletionRequestUserMessageInputAudioInputAudioObject): Object containing the base64-encoded
            audio data and format
        type_ (ChatCompletionRequestUserMessageInputAudioType):
        cache_control (ChatCompletionRequestUserMessageInputAudioCacheControl | Unset): Optional cache control for
            prompt caching on supported providers. Example: {'type': 'ephemeral'}.
    """

    input_audio: ChatCompletionRequestUserMessageInputAudioInputAudioObject
    type_: ChatCompletionRequestUserMessageInputAudioType
    cache_control: ChatCompletionRequestUserMessageInputAudioCacheControl | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_audio = self.input_audio.to_dict()

        type_: str = self.type_

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_audio": input_audio,
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_user_message_input_audio_cache_control import (
            ChatCompletionRequestUserMessageInputAudioCacheControl,
        )
        from ..models.chat_completion_request_user_message_input_audio_input_audio_object import (
            ChatCompletionRequestUserMessageInputAudioInputAudioObject,
        )

        d = dict(src_dict)
        input_audio = (
            ChatCompletionRequestUserMessageInputAudioInputAudioObject.from_dict(
                d.pop("input_audio")
            )
        )

        type_ = check_chat_completion_request_user_message_input_audio_type(
            d.pop("type")
        )

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: ChatCompletionRequestUserMessageInputAudioCacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = (
                ChatCompletionRequestUserMessageInputAudioCacheControl.from_dict(
                    _cache_control
                )
            )

        chat_completion_request_user_message_input_audio = cls(
            input_audio=input_audio,
            type_=type_,
            cache_control=cache_control,
        )

        chat_completion_request_user_message_input_audio.additional_properties = d
        return chat_completion_request_user_message_input_audio

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
