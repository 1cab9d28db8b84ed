from typing import Literal

QuoteVideoRequestResolution = Literal[
    "1080p",
    "1440p",
    "2160p",
    "256p",
    "2K",
    "2x",
    "360p",
    "480p",
    "4k",
    "4x",
    "540p",
    "580p",
    "720p",
    "768P",
    "true_1080p",
]

QUOTE_VIDEO_REQUEST_RESOLUTION_VALUES: set[QuoteVideoRequestResolution] = {
    "1080p",
    "1440p",
    "2160p",
    "256p",
    "2K",
    "2x",
    "360p",
    "480p",
    "4k",
    "4x",
    "540p",
    "580p",
    "720p",
    "768P",
    "true_1080p",
}


def check_quote_video_request_resolution(value: str) -> QuoteVideoRequestResolution:
    if value in QUOTE_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUOTE_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
