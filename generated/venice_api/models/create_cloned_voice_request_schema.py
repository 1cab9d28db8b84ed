from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_cloned_voice_request_schema_model import (
    CreateClonedVoiceRequestSchemaModel,
    check_create_cloned_voice_request_schema_model,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateClonedVoiceRequestSchema")


@_attrs_define
class CreateClonedVoiceRequestSchema:
    """Request to create a cloned voice from an audio sample. The returned `vv_<id>` handle is passed back as the `voice`
    parameter on POST /v1/audio/speech.

        Attributes:
            file (File | Unset): The voice sample audio file (multipart/form-data, field name "file"). Accepted containers
                depend on the selected model: `tts-chatterbox-hd` accepts MP3, WAV, FLAC, and M4A; `tts-minimax-speech-02-hd`
                accepts MP3 and WAV only. Recommended: a clean speech recording of at least 5–10 seconds.
            model (CreateClonedVoiceRequestSchemaModel | Unset): The Venice TTS model the cloned voice will be paired with.
                The returned voice handle is only valid against this model on POST /v1/audio/speech. Default: 'tts-chatterbox-
                hd'. Example: tts-chatterbox-hd.
    """

    file: File | Unset = UNSET
    model: CreateClonedVoiceRequestSchemaModel | Unset = "tts-chatterbox-hd"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

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
        model: CreateClonedVoiceRequestSchemaModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_create_cloned_voice_request_schema_model(_model)

        create_cloned_voice_request_schema = cls(
            file=file,
            model=model,
        )

        create_cloned_voice_request_schema.additional_properties = d
        return create_cloned_voice_request_schema

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
