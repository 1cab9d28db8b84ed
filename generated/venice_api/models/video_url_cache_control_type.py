from typing import Literal

VideoUrlCacheControlType = Literal["ephemeral"]

VIDEO_URL_CACHE_CONTROL_TYPE_VALUES: set[VideoUrlCacheControlType] = {
    "ephemeral",
}


def check_video_url_cache_control_type(value: str) -> VideoUrlCacheControlType:
    if value in VIDEO_URL_CACHE_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_URL_CACHE_CONTROL_TYPE_VALUES!r}"
    )
