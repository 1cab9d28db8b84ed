from typing import Literal

QueueVideoRequestAspectRatio = Literal[
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

QUEUE_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[QueueVideoRequestAspectRatio] = {
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


def check_queue_video_request_aspect_ratio(value: str) -> QueueVideoRequestAspectRatio:
    if value in QUEUE_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUEUE_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
