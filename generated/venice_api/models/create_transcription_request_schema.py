from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.create_transcription_request_schema_model import (
    CreateTranscriptionRequestSchemaModel,
    check_create_transcription_request_schema_model,
)
from ..models.create_transcription_request_schema_response_format import (
    CreateTranscriptionRequestSchemaResponseFormat,
    check_create_transcription_request_schema_response_format,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateTranscriptionRequestSchema")


@_attrs_define
class CreateTranscriptionRequestSchema:
    """Request to transcribe audio to text.

    Example:
        {'file': '[audio file]', 'model': 'openai/whisper-large-v3', 'response_format': 'json', 'timestamps': False}

    Attributes:
        file (File | Unset): The audio file object (not a base64 string). Supported formats: WAV, WAVE, FLAC, M4A, AAC,
            MP4, MP3, OGG, OGA, WEBM.
        model (CreateTranscriptionRequestSchemaModel | Unset): The model to use for transcription. See
            https://docs.venice.ai/models/overview for more information. Default: 'nvidia/parakeet-tdt-0.6b-v3'. Example:
            openai/whisper-large-v3.
        response_format (CreateTranscriptionRequestSchemaResponseFormat | Unset): The format of the transcript output,
            in one of these options: json, text. Default: 'json'. Example: json.
        timestamps (bool | Unset): Whether to include timestamps in the response. Default: False. Example: False.
        language (str | Unset): ISO 639-1 language code (e.g., "en", "es", "fr"). Optional - if not provided, the model
            will auto-detect the language. Note: Only supported by certain models (e.g., Whisper). Ignored by models that do
            not support language hints. Example: en.
    """

    file: File | Unset = UNSET
    model: CreateTranscriptionRequestSchemaModel | Unset = "nvidia/parakeet-tdt-0.6b-v3"
    response_format: CreateTranscriptionRequestSchemaResponseFormat | Unset = "json"
    timestamps: bool | Unset = False
    language: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        timestamps = self.timestamps

        language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if model is not UNSET:
            field_dict["model"] = model
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(
                (
                    "response_format",
                    (None, str(self.response_format).encode(), "text/plain"),
                )
            )

        if not isinstance(self.timestamps, Unset):
            files.append(
                ("timestamps", (None, str(self.timestamps).encode(), "text/plain"))
            )

        if not isinstance(self.language, Unset):
            files.append(
                ("language", (None, str(self.language).encode(), "text/plain"))
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        _model = d.pop("model", UNSET)
        model: CreateTranscriptionRequestSchemaModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_create_transcription_request_schema_model(_model)

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateTranscriptionRequestSchemaResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_create_transcription_request_schema_response_format(
                _response_format
            )

        timestamps = d.pop("timestamps", UNSET)

        language = d.pop("language", UNSET)

        create_transcription_request_schema = cls(
            file=file,
            model=model,
            response_format=response_format,
            timestamps=timestamps,
            language=language,
        )

        return create_transcription_request_schema
