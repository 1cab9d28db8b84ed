from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_parser_request_response_format import (
    TextParserRequestResponseFormat,
    check_text_parser_request_response_format,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="TextParserRequest")


@_attrs_define
class TextParserRequest:
    """Request to parse and extract text from a document file.

    Example:
        {'file': '[document file]', 'response_format': 'json'}

    Attributes:
        file (File | Unset): The document file to parse. Supported formats: PDF, EPUB, DOCX, PPTX, XLSX, plain text,
            Markdown, CSV, JSON, and most source-code files (e.g., .py, .js, .ts, .c, .cpp, .java, .go, .rs, .ps1, .sh,
            .yaml, .sql). Maximum size: 25MB.
        response_format (TextParserRequestResponseFormat | Unset): The format of the response output. "json" returns
            structured JSON, "text" returns only the extracted text. Default: 'json'. Example: json.
    """

    file: File | Unset = UNSET
    response_format: TextParserRequestResponseFormat | Unset = "json"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        _response_format = d.pop("response_format", UNSET)
        response_format: TextParserRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_text_parser_request_response_format(
                _response_format
            )

        text_parser_request = cls(
            file=file,
            response_format=response_format,
        )

        text_parser_request.additional_properties = d
        return text_parser_request

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
