from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_video_request_aspect_ratio import (
    QuoteVideoRequestAspectRatio,
    check_quote_video_request_aspect_ratio,
)
from ..models.quote_video_request_duration import (
    QuoteVideoRequestDuration,
    check_quote_video_request_duration,
)
from ..models.quote_video_request_resolution import (
    QuoteVideoRequestResolution,
    check_quote_video_request_resolution,
)
from ..models.quote_video_request_upscale_factor import (
    QuoteVideoRequestUpscaleFactor,
    check_quote_video_request_upscale_factor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteVideoRequest")


@_attrs_define
class QuoteVideoRequest:
    """Request body for video price quote. Available fields and valid values vary by model.

    Attributes:
        model (str): The model to get a price quote for. Example: seedance-2-0-text-to-video-basic.
        duration (QuoteVideoRequestDuration): The duration of the video. Available options vary by model. For Seedance
            2.5 reference-to-video edit jobs, `-1` or `auto` matches output length to the source clip (requires
            reference_video_urls on queue, or reference_video_total_duration on quote; source must be 4–30s). Example: 10s.
        aspect_ratio (QuoteVideoRequestAspectRatio | Unset): The aspect ratio. Required for some models with megapixel-
            rate pricing. For Seedance 2.x reference-to-video edit/extend, `adaptive` or `auto` matches output aspect ratio
            to the source clip (requires reference_video_urls on queue, or reference_video_total_duration on quote).
            Example: 16:9.
        resolution (QuoteVideoRequestResolution | Unset): The resolution. Required for models with duration-resolution-
            rate pricing. Example: 720p.
        upscale_factor (QuoteVideoRequestUpscaleFactor | Unset): For upscale models only. Example: 2.
        audio (bool | Unset): For models which support audio generation and configuration. Defaults to true. Default:
            True. Example: True.
        video_url (str | Unset): For upscale models, the video to upscale. Required to auto-detect duration for pricing.
            Example: data:video/mp4;base64,AAAAFGZ0eXA....
        reference_video_total_duration (float | Unset): For R2V models (e.g. Seedance 2.0 / 2.5 R2V), the aggregate
            duration in seconds of all reference videos to include in the quote (max 150s; per-clip and family caps vary by
            model). When provided, the quote reflects the BytePlus 'input with video' rate tier and the
            (input+output)×pixels token formula. Required when quoting Seedance source-matched duration (`-1`/`auto`) or
            aspect ratio (`adaptive`/`auto`). When omitted for ordinary fixed-duration quotes, the quote returns the no-
            reference baseline. Example: 5.
    """

    model: str
    duration: QuoteVideoRequestDuration
    aspect_ratio: QuoteVideoRequestAspectRatio | Unset = UNSET
    resolution: QuoteVideoRequestResolution | Unset = UNSET
    upscale_factor: QuoteVideoRequestUpscaleFactor | Unset = UNSET
    audio: bool | Unset = True
    video_url: str | Unset = UNSET
    reference_video_total_duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        duration: str = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        upscale_factor: int | Unset = UNSET
        if not isinstance(self.upscale_factor, Unset):
            upscale_factor = self.upscale_factor

        audio = self.audio

        video_url = self.video_url

        reference_video_total_duration = self.reference_video_total_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "duration": duration,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor
        if audio is not UNSET:
            field_dict["audio"] = audio
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if reference_video_total_duration is not UNSET:
            field_dict["reference_video_total_duration"] = (
                reference_video_total_duration
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        duration = check_quote_video_request_duration(d.pop("duration"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: QuoteVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_quote_video_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: QuoteVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_quote_video_request_resolution(_resolution)

        _upscale_factor = d.pop("upscale_factor", UNSET)
        upscale_factor: QuoteVideoRequestUpscaleFactor | Unset
        if isinstance(_upscale_factor, Unset):
            upscale_factor = UNSET
        else:
            upscale_factor = check_quote_video_request_upscale_factor(_upscale_factor)

        audio = d.pop("audio", UNSET)

        video_url = d.pop("video_url", UNSET)

        reference_video_total_duration = d.pop("reference_video_total_duration", UNSET)

        quote_video_request = cls(
            model=model,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            upscale_factor=upscale_factor,
            audio=audio,
            video_url=video_url,
            reference_video_total_duration=reference_video_total_duration,
        )

        quote_video_request.additional_properties = d
        return quote_video_request

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
