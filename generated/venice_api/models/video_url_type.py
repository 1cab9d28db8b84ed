from typing import Literal

VideoUrlType = Literal["video_url"]

VIDEO_URL_TYPE_VALUES: set[VideoUrlType] = {
    "video_url",
}


def check_video_url_type(value: str) -> VideoUrlType:
    if value in VIDEO_URL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_URL_TYPE_VALUES!r}"
    )
