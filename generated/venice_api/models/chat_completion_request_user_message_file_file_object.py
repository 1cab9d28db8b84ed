from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestUserMessageFileFileObject")


@_attrs_define
class ChatCompletionRequestUserMessageFileFileObject:
    """Object containing the file data and optional filename

    Attributes:
        file_data (str): The file content as a data URL (e.g., data:application/pdf;base64,...) or a publicly accessible
            URL. Supported formats: PDF, EPUB, DOCX, PPTX, XLSX, XLS, plain text, Markdown, CSV, JSON, and most source-code
            files (e.g., .py, .js, .ts, .c, .cpp, .java, .go, .rs, .ps1, .sh, .yaml, .sql).
        filename (str | Unset): Optional filename for the file. Used for display purposes. Example: document.pdf.
    """

    file_data: str
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_data = self.file_data

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_data": file_data,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_data = d.pop("file_data")

        filename = d.pop("filename", UNSET)

        chat_completion_request_user_message_file_file_object = cls(
            file_data=file_data,
            filename=filename,
        )

        chat_completion_request_user_message_file_file_object.additional_properties = d
        return chat_completion_request_user_message_file_file_object

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
