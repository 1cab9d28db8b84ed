from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_user_message_input_audio_input_audio_object_format import (
    ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat,
    check_chat_completion_request_user_message_input_audio_input_audio_object_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestUserMessageInputAudioInputAudioObject")


@_attrs_define
class ChatCompletionRequestUserMessageInputAudioInputAudioObject:
    """Object containing the base64-encoded audio data and format

    Attributes:
        data (str): Base64-encoded audio data. Direct URLs are not supported for audio content.
        format_ (ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat | Unset): The format of the audio
            file. Common formats include wav, mp3, aac, ogg, flac, m4a. Defaults to wav. Default: 'wav'. Example: wav.
    """

    data: str
    format_: (
        ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat | Unset
    ) = "wav"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data")

        _format_ = d.pop("format", UNSET)
        format_: (
            ChatCompletionRequestUserMessageInputAudioInputAudioObjectFormat | Unset
        )
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_chat_completion_request_user_message_input_audio_input_audio_object_format(
                _format_
            )

        chat_completion_request_user_message_input_audio_input_audio_object = cls(
            data=data,
            format_=format_,
        )

        chat_completion_request_user_message_input_audio_input_audio_object.additional_properties = d
        return chat_completion_request_user_message_input_audio_input_audio_object

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
