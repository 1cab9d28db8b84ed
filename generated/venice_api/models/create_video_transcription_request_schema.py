from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.create_video_transcription_request_schema_response_format import (
    CreateVideoTranscriptionRequestSchemaResponseFormat,
    check_create_video_transcription_request_schema_response_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoTranscriptionRequestSchema")


@_attrs_define
class CreateVideoTranscriptionRequestSchema:
    """Request to transcribe a YouTube video URL to text.

    Attributes:
        url (str): YouTube video URL to transcribe. Example: https://www.youtube.com/watch?v=dQw4w9WgXcQ.
        response_format (CreateVideoTranscriptionRequestSchemaResponseFormat | Unset): The format of the transcript
            output, in one of these options: json, text. Default: 'json'. Example: json.
    """

    url: str
    response_format: CreateVideoTranscriptionRequestSchemaResponseFormat | Unset = (
        "json"
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateVideoTranscriptionRequestSchemaResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = (
                check_create_video_transcription_request_schema_response_format(
                    _response_format
                )
            )

        create_video_transcription_request_schema = cls(
            url=url,
            response_format=response_format,
        )

        return create_video_transcription_request_schema
