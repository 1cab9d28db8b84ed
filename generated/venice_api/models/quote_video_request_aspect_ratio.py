from typing import Literal

QuoteVideoRequestAspectRatio = Literal[
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
    "adaptive",
    "auto",
]

QUOTE_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[QuoteVideoRequestAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
    "adaptive",
    "auto",
}


def check_quote_video_request_aspect_ratio(value: str) -> QuoteVideoRequestAspectRatio:
    if value in QUOTE_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUOTE_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
