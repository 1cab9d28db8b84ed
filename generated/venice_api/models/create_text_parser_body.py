from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_text_parser_body_response_format import (
    CreateTextParserBodyResponseFormat,
    check_create_text_parser_body_response_format,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateTextParserBody")


@_attrs_define
class CreateTextParserBody:
    """
    Attributes:
        file (File): The document file to parse. Supported formats: PDF, DOCX, PPTX, XLSX, and plain text files. Maximum
            size: 25MB.
        response_format (CreateTextParserBodyResponseFormat | Unset): The format of the response output. "json" returns
            structured JSON with text and token count, "text" returns only the extracted text. Default: 'json'.
    """

    file: File
    response_format: CreateTextParserBodyResponseFormat | Unset = "json"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.response_format, Unset):
            files.append(
                (
                    "response_format",
                    (None, str(self.response_format).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateTextParserBodyResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_create_text_parser_body_response_format(
                _response_format
            )

        create_text_parser_body = cls(
            file=file,
            response_format=response_format,
        )

        create_text_parser_body.additional_properties = d
        return create_text_parser_body

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
