from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.model_response_model_spec_tts_voice_cloning_mode import (
    ModelResponseModelSpecTTSVoiceCloningMode,
    check_model_response_model_spec_tts_voice_cloning_mode,
)

T = TypeVar("T", bound="ModelResponseModelSpecTTSVoiceCloning")


@_attrs_define
class ModelResponseModelSpecTTSVoiceCloning:
    """Voice-cloning capability. Only present for TTS models whose cloning endpoint is available to the caller — pass the
    model to POST /v1/audio/voices to mint a `vv_<id>` voice handle, then pass that handle back as the `voice` parameter
    on POST /v1/audio/speech alongside the same `model`.

        Attributes:
            mode (ModelResponseModelSpecTTSVoiceCloningMode): How the upstream provider implements voice cloning.
                `zero_shot` re-reads the reference audio on every synthesis call and never derives a persistent voice template
                (e.g. Chatterbox HD). `persistent` derives a custom voice template upstream that survives across synthesis calls
                (e.g. MiniMax Speech-02 HD). Example: zero_shot.
            accepted_formats (list[str]): Audio container formats this model accepts as a reference sample on POST
                /v1/audio/voices. Samples in other containers are rejected with HTTP 400 before any upload. Example: ['mp3',
                'wav', 'flac', 'mp4'].
            min_sample_seconds (float): Recommended minimum length of the reference audio sample, in seconds, for an
                intelligible clone. Example: 5.
            retention_days (float): Days a `vv_<id>` voice handle remains valid against this model. For `persistent` models
                the upstream provider auto-deletes the cloned voice after this many days without use; each successful TTS
                request resets the window. For `zero_shot` models this is the storage TTL on the uploaded reference audio; the
                handle stops working when it expires and the user must re-upload. Example: 7.
    """

    mode: ModelResponseModelSpecTTSVoiceCloningMode
    accepted_formats: list[str]
    min_sample_seconds: float
    retention_days: float

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        accepted_formats = self.accepted_formats

        min_sample_seconds = self.min_sample_seconds

        retention_days = self.retention_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
                "accepted_formats": accepted_formats,
                "min_sample_seconds": min_sample_seconds,
                "retention_days": retention_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode = check_model_response_model_spec_tts_voice_cloning_mode(d.pop("mode"))

        accepted_formats = cast(list[str], d.pop("accepted_formats"))

        min_sample_seconds = d.pop("min_sample_seconds")

        retention_days = d.pop("retention_days")

        model_response_model_spec_tts_voice_cloning = cls(
            mode=mode,
            accepted_formats=accepted_formats,
            min_sample_seconds=min_sample_seconds,
            retention_days=retention_days,
        )

        return model_response_model_spec_tts_voice_cloning
