from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_user_message_file_type import (
    ChatCompletionRequestUserMessageFileType,
    check_chat_completion_request_user_message_file_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_user_message_file_cache_control import (
        ChatCompletionRequestUserMessageFileCacheControl,
    )
    from ..models.chat_completion_request_user_message_file_file_object import (
        ChatCompletionRequestUserMessageFileFileObject,
    )


T = TypeVar("T", bound="ChatCompletionRequestUserMessageFile")


@_attrs_define
class ChatCompletionRequestUserMessageFile:
    """File input message type for document processing. Supports PDF, EPUB, DOCX, PPTX, XLSX, plain text, and most source-
    code files (e.g., .py, .js, .ts, .c, .cpp, .java, .go, .rs, .ps1, .sh, .yaml, .sql). Files are extracted to text
    before being sent to the model.

        Example:
            {'type': 'file', 'file': {'file_data': 'data:application/pdf;base64,JVBERi0xLjQK...', 'filename':
                'document.pdf'}}

        Attributes:
            type_ (ChatCompletionRequestUserMessageFileType):
            file (ChatCompletionRequestUserMessageFileFileObject): Object containing the file data and optional filename
            cache_control (ChatCompletionRequestUserMessageFileCacheControl | Unset): Optional cache control for prompt
                caching on supported providers. Example: {'type': 'ephemeral'}.
    """

    type_: ChatCompletionRequestUserMessageFileType
    file: ChatCompletionRequestUserMessageFileFileObject
    cache_control: ChatCompletionRequestUserMessageFileCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        file = self.file.to_dict()

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file": file,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_request_user_message_file_cache_control import (
            ChatCompletionRequestUserMessageFileCacheControl,
        )
        from ..models.chat_completion_request_user_message_file_file_object import (
            ChatCompletionRequestUserMessageFileFileObject,
        )

        d = dict(src_dict)
        type_ = check_chat_completion_request_user_message_file_type(d.pop("type"))

        file = ChatCompletionRequestUserMessageFileFileObject.from_dict(d.pop("file"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: ChatCompletionRequestUserMessageFileCacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = ChatCompletionRequestUserMessageFileCacheControl.from_dict(
                _cache_control
            )

        chat_completion_request_user_message_file = cls(
            type_=type_,
            file=file,
            cache_control=cache_control,
        )

        chat_completion_request_user_message_file.additional_properties = d
        return chat_completion_request_user_message_file

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
