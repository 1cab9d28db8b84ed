from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_url_type import VideoUrlType, check_video_url_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_url_cache_control import VideoUrlCacheControl
    from ..models.video_url_video_url_object import VideoUrlVideoURLObject


T = TypeVar("T", bound="VideoUrl")


@_attrs_define
class VideoUrl:
    """Video URL message type for models that support video analysis. Supports both direct URLs and base64-encoded data
    URLs.

        Example:
            {'type': 'video_url', 'video_url': {'url': 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'}}

        Attributes:
            type_ (VideoUrlType):
            video_url (VideoUrlVideoURLObject): Object containing the video URL information
            cache_control (VideoUrlCacheControl | Unset): Optional cache control for prompt caching on supported providers.
                Example: {'type': 'ephemeral'}.
    """

    type_: VideoUrlType
    video_url: VideoUrlVideoURLObject
    cache_control: VideoUrlCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        video_url = self.video_url.to_dict()

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "video_url": video_url,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_url_cache_control import VideoUrlCacheControl
        from ..models.video_url_video_url_object import VideoUrlVideoURLObject

        d = dict(src_dict)
        type_ = check_video_url_type(d.pop("type"))

        video_url = VideoUrlVideoURLObject.from_dict(d.pop("video_url"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: VideoUrlCacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = VideoUrlCacheControl.from_dict(_cache_control)

        video_url = cls(
            type_=type_,
            video_url=video_url,
            cache_control=cache_control,
        )

        video_url.additional_properties = d
        return video_url

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
